/* datetime.time: a time of day with an optional tzinfo and the fold flag
 * that tells the two readings of a repeated wall-clock time apart.
 * Also the ISO 8601 text of times and offsets, which datetime shares. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "abstract.h"
#include "modules/datetime.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include "runtime/hash.h"

#define TIME(o) ((Time *)(o))


static Object *time_alloc(Type *t, int h, int m, int s, int us, Object *tz, int fold) {
    Time *o = (Time *)Obj_Alloc(t, t->basicsize);
    if (!o) return NULL;
    o->hash = -1;
    o->hour = h, o->minute = m, o->second = s, o->microsecond = us, o->fold = fold;
    o->tzinfo = NEWREF(tz);
    return (Object *)o;
}

Object *Time_FromFields(Type *t, int h, int m, int s, int us, Object *tz, int fold) {
    if (t == &Time_Type) return time_alloc(t, h, m, s, us, tz, fold);
    Object *args[6] = {SMALL_FROM(h), SMALL_FROM(m), SMALL_FROM(s), SMALL_FROM(us), tz, SMALL_FROM(fold)};
    Object *kw = Tuple_Pack(1, Str_InternC("fold"));
    if (!kw) return NULL;
    Object *r = Obj_Call((Object *)t, args, 5, kw);
    DECREF(kw);
    return r;
}

/* ValueError unless the fields make a time of day. */
int DT_CheckTime(int64_t h, int64_t m, int64_t s, int64_t us, int64_t fold) {
    const char *what = NULL;
    int64_t v = 0, hi = 0;
    if (h < 0 || h > 23) what = "hour", v = h, hi = 23;
    else if (m < 0 || m > 59) what = "minute", v = m, hi = 59;
    else if (s < 0 || s > 59) what = "second", v = s, hi = 59;
    else if (us < 0 || us > 999999) what = "microsecond", v = us, hi = 999999;
    if (what) {
        Err_Format(Exc_ValueError, "%s must be in 0..%lld, not %lld", what, (long long)hi, (long long)v);
        return -1;
    }
    if (fold != 0 && fold != 1) {
        Err_Format(Exc_ValueError, "fold must be either 0 or 1, not %lld", (long long)fold);
        return -1;
    }
    return 0;
}

/* The pickled form: hour (fold in its top bit), minute, second, and the
 * microseconds in three bytes; then the tzinfo, if any. */
static Object *time_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    unsigned char b[6];
    if (nargs >= 1 && nargs <= 2 && !kwnames && DT_StateBytes(args[0], 6, b) && (b[0] & 0x7F) < 24) {
        Object *tz = nargs == 2 ? args[1] : OBJ_NONE;
        if (DT_StateTzinfo(tz) < 0) return NULL;
        if (DT_CheckTime(b[0] & 0x7F, b[1], b[2], (b[3] << 16) | (b[4] << 8) | b[5], 0) < 0) return NULL;
        return time_alloc(t, b[0] & 0x7F, b[1], b[2], (b[3] << 16) | (b[4] << 8) | b[5], tz, b[0] >> 7);
    }
    if (!kwnames && DT_PrecheckInts(args, nargs, 5, 4) < 0) return NULL;
    Object *av[6];
    if (Arg_Unpack(Time_Type.args, "function", args, nargs, kwnames, av) < 0) return NULL;
    int64_t v[6] = {0, 0, 0, 0, 0, 0};
    for (int i = 0; i < 6; i++)
        if (i != 4 && av[i] && DT_IntArg(av[i], &v[i]) < 0) return NULL;
    Object *tz = av[4] ? av[4] : OBJ_NONE;
    if (DT_CheckTime(v[0], v[1], v[2], v[3], v[5]) < 0 || Tz_CheckArg(tz) < 0) return NULL;
    return time_alloc(t, (int)v[0], (int)v[1], (int)v[2], (int)v[3], tz, (int)v[5]);
}

/* ---- ISO 8601 text ------------------------------------------------------------- */

int Time_AppendIso(StrBuilder *sb, int h, int m, int s, int us, Object *timespec) {
    const char *spec = "auto";
    if (timespec) {
        if (!Str_Check(timespec)) {
            Err_Format(Exc_TypeError, "isoformat() argument 1 must be str, not %s", TYPE_NAME(timespec));
            return -1;
        }
        spec = Str_AsUTF8(timespec, NULL);
        if (!spec) return -1;
    }
    char buf[32];
    int n;
    if (!strcmp(spec, "auto"))
        n = us ? snprintf(buf, sizeof buf, "%02d:%02d:%02d.%06d", h, m, s, us)
               : snprintf(buf, sizeof buf, "%02d:%02d:%02d", h, m, s);
    else if (!strcmp(spec, "hours"))
        n = snprintf(buf, sizeof buf, "%02d", h);
    else if (!strcmp(spec, "minutes"))
        n = snprintf(buf, sizeof buf, "%02d:%02d", h, m);
    else if (!strcmp(spec, "seconds"))
        n = snprintf(buf, sizeof buf, "%02d:%02d:%02d", h, m, s);
    else if (!strcmp(spec, "milliseconds"))
        n = snprintf(buf, sizeof buf, "%02d:%02d:%02d.%03d", h, m, s, us / 1000);
    else if (!strcmp(spec, "microseconds"))
        n = snprintf(buf, sizeof buf, "%02d:%02d:%02d.%06d", h, m, s, us);
    else {
        Err_SetString(Exc_ValueError, "Unknown timespec value");
        return -1;
    }
    return SB_AppendASCII(sb, buf, n);
}

/* The utcoffset() of an aware value, appended as "+HH:MM..." (nothing
 * when it is None). */
int DT_AppendUtcOffset(StrBuilder *sb, Object *tzinfo, Object *arg) {
    Object *off = Tz_Offset(tzinfo, arg, "utcoffset");
    if (!off) return -1;
    int r = off == OBJ_NONE ? 0 : Tz_AppendOffset(sb, off, ":");
    DECREF(off);
    return r;
}

static int digits(const uint32_t *s, int n) {
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + (int)(s[i] - '0');
    }
    return v;
}

/* HH[:MM[:SS[.f+]]] or HH[MM[SS[.f+]]] from s[*i], advancing *i: the
 * fields in v[0..3].  -1 if malformed. */
static int parse_clock(const uint32_t *s, ssize_t n, ssize_t *i, int v[4]) {
    v[0] = v[1] = v[2] = v[3] = 0;
    ssize_t p = *i;
    if (n - p < 2 || (v[0] = digits(s + p, 2)) < 0) return -1;
    p += 2;
    bool extended = p < n && s[p] == ':';
    int fields = 1;
    for (; fields <= 2; fields++) {
        if (p >= n || s[p] == '.' || s[p] == ',' || s[p] == 'Z' || s[p] == '+' || s[p] == '-') break;
        if (extended) {
            if (s[p] != ':') return -1;
            p++;
        }
        if (n - p < 2 || (v[fields] = digits(s + p, 2)) < 0) return -1;
        p += 2;
    }
    if (p < n && (s[p] == '.' || s[p] == ',')) {
        if (fields < 3) return -1; /* a fraction needs the seconds */
        p++;
        ssize_t start = p;
        int us = 0;
        while (p < n && s[p] >= '0' && s[p] <= '9') {
            if (p - start < 6) us = us * 10 + (int)(s[p] - '0');
            p++;
        }
        if (p == start) return -1;
        for (ssize_t k = p - start; k < 6; k++) us *= 10;
        v[3] = us;
    }
    *i = p;
    return 0;
}

int Time_ParseIso(const uint32_t *s, ssize_t n, int *h, int *m, int *sec, int *us, Object **tz, bool *next_day) {
    *tz = NULL;
    *next_day = false;
    ssize_t i = 0;
    int v[4];
    if (parse_clock(s, n, &i, v) < 0) return -1;
    if (i < n) {
        if (s[i] == 'Z' && i + 1 == n) {
            *tz = NEWREF(DT_Utc);
        } else if (s[i] == '+' || s[i] == '-') {
            int sign = s[i] == '-' ? -1 : 1;
            i++;
            int o[4];
            if (parse_clock(s, n, &i, o) < 0 || i != n) return -1;
            dt_us off = ((dt_us)o[0] * 3600 + o[1] * 60 + o[2]) * US_PER_SECOND + o[3];
            Object *delta = Delta_FromUs(&Delta_Type, sign * off);
            if (!delta) return -2;
            if (off >= US_PER_DAY) {
                Err_Format(Exc_ValueError,
                           "offset must be a timedelta strictly between -timedelta(hours=24) and "
                           "timedelta(hours=24), not %R",
                           delta);
                DECREF(delta);
                return -2;
            }
            *tz = TimeZone_New(delta, NULL);
            DECREF(delta);
            if (!*tz) return -2;
        } else
            return -1;
    }
    if (v[0] == 24) {
        if (v[1] || v[2] || v[3]) {
            CLEAR(*tz);
            Err_SetString(Exc_ValueError, "minute, second, and microsecond must be 0 when hour is 24");
            return -2;
        }
        v[0] = 0;
        *next_day = true;
    }
    if (DT_CheckTime(v[0], v[1], v[2], v[3], 0) < 0) {
        CLEAR(*tz);
        return -2;
    }
    *h = v[0], *m = v[1], *sec = v[2], *us = v[3];
    return 0;
}

static Object *time_fromisoformat(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    (void)nargs, (void)kwnames;
    if (!Str_Check(args[0])) {
        Err_SetString(Exc_TypeError, "fromisoformat: argument must be str");
        return NULL;
    }
    ssize_t n;
    uint32_t *s = DT_StrChars(args[0], &n);
    if (!s) return NULL;
    int h, m, sec, us;
    Object *tz;
    bool next_day;
    ssize_t skip = n > 0 && s[0] == 'T';
    int r = Time_ParseIso(s + skip, n - skip, &h, &m, &sec, &us, &tz, &next_day);
    free(s);
    if (r == -1) Err_Format(Exc_ValueError, "Invalid isoformat string: %R", args[0]);
    if (r < 0) return NULL;
    Object *res = Time_FromFields((Type *)cls, h, m, sec, us, tz ? tz : OBJ_NONE, 0);
    XDECREF(tz);
    return res;
}

static Object *time_strptime(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    (void)nargs, (void)kwnames;
    return DT_StrptimeVia("_strptime_datetime_time", cls, args);
}

/* ---- attributes and methods -------------------------------------------------------- */

static Object *time_hour(Object *o) { return SMALL_FROM(TIME(o)->hour); }
static Object *time_minute(Object *o) { return SMALL_FROM(TIME(o)->minute); }
static Object *time_second(Object *o) { return SMALL_FROM(TIME(o)->second); }
static Object *time_microsecond(Object *o) { return SMALL_FROM(TIME(o)->microsecond); }
static Object *time_fold(Object *o) { return SMALL_FROM(TIME(o)->fold); }
static Object *time_tzinfo(Object *o) { return NEWREF(TIME(o)->tzinfo); }

static Object *time_isoformat(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)kwnames;
    Time *t = TIME(self);
    StrBuilder sb;
    SB_Init(&sb);
    if (Time_AppendIso(&sb, t->hour, t->minute, t->second, t->microsecond, nargs ? args[0] : NULL) < 0 ||
        DT_AppendUtcOffset(&sb, t->tzinfo, OBJ_NONE) < 0) {
        Object *junk = SB_Finish(&sb);
        XDECREF(junk);
        return NULL;
    }
    return SB_Finish(&sb);
}

static Object *time_str(Object *self) { return Obj_CallMethodC(self, "isoformat", NULL, 0); }

static Object *time_utcoffset(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    return Tz_Offset(TIME(self)->tzinfo, OBJ_NONE, "utcoffset");
}
static Object *time_dst(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    return Tz_Offset(TIME(self)->tzinfo, OBJ_NONE, "dst");
}
static Object *time_tzname(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    return Tz_Name(TIME(self)->tzinfo, OBJ_NONE);
}

static Object *time_strftime(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)nargs, (void)kwnames;
    Time *t = TIME(self);
    int f[9];
    DT_TimeFields(f, 1900, 1, 1, t->hour, t->minute, t->second, -1);
    return DT_Strftime(args[0], f, t->microsecond, self);
}

static Object *time_replace(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)kwnames;
    Time *t = TIME(self);
    int64_t v[6] = {t->hour, t->minute, t->second, t->microsecond, 0, t->fold};
    Object *tz = t->tzinfo;
    for (size_t i = 0; i < nargs; i++) {
        if (!args[i]) continue;
        if (i == 4)
            tz = args[i];
        else if (DT_IntArg(args[i], &v[i]) < 0)
            return NULL;
    }
    if (args[nargs] && DT_IntArg(args[nargs], &v[5]) < 0) return NULL;
    if (DT_CheckTime(v[0], v[1], v[2], v[3], v[5]) < 0 || Tz_CheckArg(tz) < 0) return NULL;
    return Time_FromFields(TYPE(self), (int)v[0], (int)v[1], (int)v[2], (int)v[3], tz, (int)v[5]);
}

static Object *time_state(Time *t, bool with_fold) {
    unsigned char b[6] = {(unsigned char)(t->hour | (with_fold && t->fold ? 0x80 : 0)), (unsigned char)t->minute,
                          (unsigned char)t->second, (unsigned char)(t->microsecond >> 16),
                          (unsigned char)(t->microsecond >> 8), (unsigned char)t->microsecond};
    return Bytes_From(b, 6);
}

/* (type, (state[, tzinfo])); the fold bit is pickled by protocol 4 and up. */
static Object *time_reduce_proto(Object *self, bool with_fold) {
    Time *t = TIME(self);
    Object *state = time_state(t, with_fold);
    if (!state) return NULL;
    Object *inner = t->tzinfo == OBJ_NONE ? Tuple_Pack(1, state) : Tuple_Pack(2, state, t->tzinfo);
    DECREF(state);
    if (!inner) return NULL;
    Object *r = Tuple_Pack(2, (Object *)TYPE(self), inner);
    DECREF(inner);
    return r;
}

static Object *time_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    return time_reduce_proto(self, false);
}

static Object *time_reduce_ex(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)nargs, (void)kwnames;
    int64_t proto;
    if (DT_IntArg(args[0], &proto) < 0) return NULL;
    return time_reduce_proto(self, proto > 3);
}

static Object *time_repr(Object *self) {
    Time *t = TIME(self);
    Object *prefix = DT_ReprPrefix(self);
    if (!prefix) return NULL;
    StrBuilder sb;
    SB_Init(&sb);
    char buf[64];
    if (t->microsecond)
        snprintf(buf, sizeof buf, "(%d, %d, %d, %d", t->hour, t->minute, t->second, t->microsecond);
    else if (t->second)
        snprintf(buf, sizeof buf, "(%d, %d, %d", t->hour, t->minute, t->second);
    else
        snprintf(buf, sizeof buf, "(%d, %d", t->hour, t->minute);
    int r = SB_AppendStr(&sb, prefix);
    DECREF(prefix);
    if (r == 0) r = SB_AppendASCII(&sb, buf, -1);
    if (r == 0 && t->tzinfo != OBJ_NONE)
        r = SB_AppendASCII(&sb, ", tzinfo=", -1) < 0 ? -1 : SB_AppendRepr(&sb, t->tzinfo);
    if (r == 0 && t->fold) r = SB_AppendASCII(&sb, ", fold=1", -1);
    if (r == 0) r = SB_AppendChar(&sb, ')');
    Object *s = SB_Finish(&sb);
    if (r < 0) CLEAR(s);
    return s;
}

/* Microseconds since midnight minus the UTC offset; *aware says whether
 * there was an offset. */
static int time_utc_us(Object *o, dt_us *out, bool *aware) {
    Time *t = TIME(o);
    *out = ((dt_us)t->hour * 3600 + t->minute * 60 + t->second) * US_PER_SECOND + t->microsecond;
    Object *off = Tz_Offset(t->tzinfo, OBJ_NONE, "utcoffset");
    if (!off) return -1;
    *aware = off != OBJ_NONE;
    if (*aware) *out -= Delta_Us(off);
    DECREF(off);
    return 0;
}

static Object *time_richcompare(Object *a, Object *b, int op) {
    if (!Time_Check(b)) return NEWREF(OBJ_NOTIMPL);
    dt_us x, y;
    bool ax, ay;
    if (TIME(a)->tzinfo == TIME(b)->tzinfo) {
        Time *p = TIME(a), *q = TIME(b);
        x = ((dt_us)p->hour * 3600 + p->minute * 60 + p->second) * US_PER_SECOND + p->microsecond;
        y = ((dt_us)q->hour * 3600 + q->minute * 60 + q->second) * US_PER_SECOND + q->microsecond;
    } else {
        if (time_utc_us(a, &x, &ax) < 0 || time_utc_us(b, &y, &ay) < 0) return NULL;
        if (ax != ay) {
            if (op == CMP_EQ || op == CMP_NE) RETURN_BOOL(op == CMP_NE);
            Err_SetString(Exc_TypeError, "can't compare offset-naive and offset-aware times");
            return NULL;
        }
    }
    RETURN_BOOL(Cmp_Holds(x < y ? -1 : x > y, 0, op));
}

static hash_t time_hash(Object *self) {
    Time *t = TIME(self);
    if (t->hash != -1) return t->hash;
    Object *off = Tz_Offset(t->tzinfo, OBJ_NONE, "utcoffset");
    if (!off) return -1;
    hash_t h;
    if (off == OBJ_NONE) {
        Object *state = time_state(t, false);
        if (!state) return -1;
        h = Hash_Bytes(BYTES_DATA(state), 6);
        DECREF(state);
    } else {
        dt_us us = ((dt_us)t->hour * 3600 + t->minute * 60 + t->second) * US_PER_SECOND + t->microsecond -
                   Delta_Us(off);
        Object *d = Delta_FromUs(&Delta_Type, us);
        h = d ? Obj_Hash(d) : -1;
        XDECREF(d);
    }
    DECREF(off);
    if (h != -1) t->hash = h;
    return h;
}

static const MethodDef time_methods[] = {
    {"isoformat", time_isoformat, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_GETARGS_STYLE, "($self, timespec='auto')",
            "Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].\n\n"
            "The optional argument timespec specifies the number of additional terms\n"
            "of the time to include. Valid options are 'auto', 'hours', 'minutes',\n"
            "'seconds', 'milliseconds' and 'microseconds'.\n")},
    {"strftime", time_strftime, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_GETARGS_STYLE, "($self, format)", "format -> strftime() style string.")},
    {"__format__", DT_Format, 0, ARGS_F(ARG_NO_TEXT_SIG, "($self, format, /)", "Formats self with strftime.")},
    {"utcoffset", time_utcoffset, 0, ARGS("($self, /)", "Return self.tzinfo.utcoffset(self).")},
    {"tzname", time_tzname, 0, ARGS("($self, /)", "Return self.tzinfo.tzname(self).")},
    {"dst", time_dst, 0, ARGS("($self, /)", "Return self.tzinfo.dst(self).")},
    {"replace", time_replace, 0,
     ARGS("($self, /, hour=unchanged, minute=unchanged, second=unchanged,\n        microsecond=unchanged, "
          "tzinfo=unchanged, *, fold=unchanged)",
          "Return time with new specified fields.")},
    {"__replace__", DT_Replace, 0, ARGS_F(ARG_UNCHECKED, "($self, /, **changes)", "The same as replace().")},
    {"fromisoformat", time_fromisoformat, METH_CLASS,
     ARGS("($type, object, /)", "string -> time from a string in ISO 8601 format")},
    {"strptime", time_strptime, METH_CLASS,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE, "($type, string, format, /)",
            "string, format -> new time parsed from a string (like time.strptime()).")},
    {"__reduce_ex__", time_reduce_ex, 0, ARGS_F(ARG_NO_TEXT_SIG, "($self, proto, /)", "__reduce_ex__(proto) -> (cls, state)")},
    {"__reduce__", time_reduce, 0, ARGS("($self, /)", "__reduce__() -> (cls, state)")},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef time_getset[] = {
    {"hour", time_hour, NULL, NULL},
    {"minute", time_minute, NULL, NULL},
    {"second", time_second, NULL, NULL},
    {"microsecond", time_microsecond, NULL, NULL},
    {"tzinfo", time_tzinfo, NULL, NULL},
    {"fold", time_fold, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

/* An aware value may sit in a cycle through its tzinfo (a Python class's
 * instance), so the collector tracks it. */
static void time_dealloc(Object *o) {
    Gc_Untrack(o);
    XDECREF(TIME(o)->tzinfo);
    Obj_Free(o);
}

static int time_traverse(Object *o, VisitFn visit, void *arg) { return TIME(o)->tzinfo ? visit(TIME(o)->tzinfo, arg) : 0; }

/* Breaks a cycle; the value is left naive, never without a tzinfo. */
static int time_clear(Object *o) {
    SETREF(TIME(o)->tzinfo, NEWREF(OBJ_NONE));
    return 0;
}

Type Time_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "datetime.time",
    .basicsize = sizeof(Time),
    .flags = TPFLAG_BASETYPE | TPFLAG_GC,
    .doc = "time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object\n\n"
           "All arguments are optional. tzinfo may be None, or an instance of\n"
           "a tzinfo subclass. The remaining arguments may be ints.\n",
    .args = ARGS_F(ARG_NO_TEXT_SIG | ARG_GETARGS_STYLE | ARG_UNNAMED,
                   "(hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0)", NULL),
    .dealloc = time_dealloc,
    .traverse = time_traverse,
    .clear = time_clear,
    .repr = time_repr,
    .str = time_str,
    .hash = time_hash,
    .richcompare = time_richcompare,
    .new_ = time_new,
    .methods = time_methods,
    .getset = time_getset,
};

int Time_TypeReady(void) {
    Object *vals[3] = {time_alloc(&Time_Type, 0, 0, 0, 0, OBJ_NONE, 0),
                       time_alloc(&Time_Type, 23, 59, 59, 999999, OBJ_NONE, 0), Delta_New(0, 0, 1)};
    static const char *const names[3] = {"min", "max", "resolution"};
    for (int i = 0; i < 3; i++) {
        if (!vals[i] || Dict_SetStr(Time_Type.dict, names[i], vals[i]) < 0) return -1;
        Obj_Share(vals[i]);
    }
    return 0;
}
