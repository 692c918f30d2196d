/* datetime.datetime: a date and a time of day, naive or aware.
 *
 * It is a subclass of date whose struct starts like Date's, so date's
 * methods that read only the calendar fields apply to it as they are.
 * Local time (naive timestamps, astimezone() without a zone) comes from the
 * C library's localtime_r: a wall-clock time is turned into POSIX seconds
 * by trying the offsets in force a day before and a day after, which finds
 * both readings of a repeated time (fold) and the right shift in a gap. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "abstract.h"
#include "modules/_warnings.h"
#include "modules/datetime.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/gc.h"
#include "runtime/hash.h"

#define DT(o) ((DateTime *)(o))


static Object *dt_alloc(Type *t, int y, int mo, int d, int h, int mi, int s, int us, Object *tz, int fold) {
    DateTime *o = (DateTime *)Obj_Alloc(t, t->basicsize);
    if (!o) return NULL;
    o->hash = -1;
    o->year = y, o->month = mo, o->day = d;
    o->hour = h, o->minute = mi, o->second = s, o->microsecond = us, o->fold = fold;
    o->tzinfo = NEWREF(tz);
    return (Object *)o;
}

Object *DateTime_FromFields(Type *t, int y, int mo, int d, int h, int mi, int s, int us, Object *tz, int fold) {
    if (t == &DateTime_Type) return dt_alloc(t, y, mo, d, h, mi, s, us, tz, fold);
    Object *args[9] = {SMALL_FROM(y), SMALL_FROM(mo), SMALL_FROM(d), SMALL_FROM(h), SMALL_FROM(mi),
                       SMALL_FROM(s), SMALL_FROM(us), tz, SMALL_FROM(fold)};
    Object *kw = Tuple_Pack(1, Str_InternC("fold"));
    if (!kw) return NULL;
    Object *r = Obj_Call((Object *)t, args, 8, kw);
    DECREF(kw);
    return r;
}

/* ---- microsecond counts --------------------------------------------------------- */

/* Microseconds since 0001-01-01 00:00 of the wall-clock fields. */
static dt_us wall_us(Object *o) {
    DateTime *d = DT(o);
    int64_t days = Cal_ToOrdinal(d->year, d->month, d->day) - 1;
    return ((dt_us)days * 86400 + d->hour * 3600 + d->minute * 60 + d->second) * US_PER_SECOND + d->microsecond;
}

/* A datetime of type t (fold 0) from a wall-clock microsecond count;
 * OverflowError "date value out of range" outside years 1..9999. */
static Object *dt_from_us(Type *t, dt_us us, Object *tz) {
    if (us < 0 || us >= (dt_us)DT_MAXORDINAL * US_PER_DAY) {
        Err_SetString(Exc_OverflowError, "date value out of range");
        return NULL;
    }
    int64_t days = (int64_t)(us / US_PER_DAY);
    int64_t rest = (int64_t)(us % US_PER_DAY);
    int y, mo, d;
    Cal_FromOrdinal(days + 1, &y, &mo, &d);
    int64_t secs = rest / US_PER_SECOND;
    return DateTime_FromFields(t, y, mo, d, (int)(secs / 3600), (int)(secs / 60 % 60), (int)(secs % 60),
                               (int)(rest % US_PER_SECOND), tz, 0);
}

/* Seconds from 0001-01-01 to 1970-01-01. */
#define EPOCH_SECONDS (719162LL * 86400)

/* ---- local time ---------------------------------------------------------------------- */

/* The UTC offset of local time at POSIX time u, in seconds. */
static int local_offset(int64_t u, long *off) {
    time_t t = (time_t)u;
    struct tm tm;
    if (!localtime_r(&t, &tm)) {
        Err_SetString(Exc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    *off = tm.tm_gmtoff;
    return 0;
}

/* POSIX seconds of a local wall-clock time given as seconds since the
 * epoch as if it were UTC; fold picks the later of two readings. */
static int local_to_posix(int64_t wall, int fold, int64_t *out) {
    long before, after;
    if (local_offset(wall - 86400, &before) < 0 || local_offset(wall + 86400, &after) < 0) return -1;
    int64_t u1 = wall - before, u2 = wall - after;
    long o1, o2;
    if (local_offset(u1, &o1) < 0 || local_offset(u2, &o2) < 0) return -1;
    bool ok1 = u1 + o1 == wall, ok2 = u2 + o2 == wall;
    if (ok1 && ok2)
        *out = fold ? (u1 > u2 ? u1 : u2) : (u1 < u2 ? u1 : u2);
    else if (ok1)
        *out = u1;
    else if (ok2)
        *out = u2;
    else /* in a gap: fold 0 reads the time with the offset before it */
        *out = fold ? u2 : u1;
    return 0;
}

static int64_t wall_seconds_since_epoch(Object *o) { return (int64_t)(wall_us(o) / US_PER_SECOND) - EPOCH_SECONDS; }

/* ---- construction ---------------------------------------------------------------------- */

/* The pickled form: the date's 4 bytes (fold in the month's top bit),
 * then the time's 6 without a fold; then the tzinfo, if any. */
static Object *dt_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    unsigned char b[10];
    if (nargs >= 1 && nargs <= 2 && !kwnames && DT_StateBytes(args[0], 10, b) && (b[2] & 0x7F) >= 1 &&
        (b[2] & 0x7F) <= 12) {
        Object *tz = nargs == 2 ? args[1] : OBJ_NONE;
        if (DT_StateTzinfo(tz) < 0) return NULL;
        int y = b[0] * 256 + b[1], us = (b[7] << 16) | (b[8] << 8) | b[9];
        if (Cal_CheckDate(y, b[2] & 0x7F, b[3]) < 0 || DT_CheckTime(b[4], b[5], b[6], us, 0) < 0) return NULL;
        return dt_alloc(t, y, b[2] & 0x7F, b[3], b[4], b[5], b[6], us, tz, b[2] >> 7);
    }
    if (!kwnames && DT_PrecheckInts(args, nargs, 8, 7) < 0) return NULL;
    Object *av[9];
    if (Arg_Unpack(DateTime_Type.args, "function", args, nargs, kwnames, av) < 0) return NULL;
    int64_t v[9] = {0, 0, 0, 0, 0, 0, 0, 0, 0};
    for (int i = 0; i < 9; i++)
        if (i != 7 && av[i] && DT_IntArg(av[i], &v[i]) < 0) return NULL;
    Object *tz = av[7] ? av[7] : OBJ_NONE;
    if (Cal_CheckDate(v[0], v[1], v[2]) < 0 || DT_CheckTime(v[3], v[4], v[5], v[6], v[8]) < 0 ||
        Tz_CheckArg(tz) < 0)
        return NULL;
    return dt_alloc(t, (int)v[0], (int)v[1], (int)v[2], (int)v[3], (int)v[4], (int)v[5], (int)v[6], tz, (int)v[8]);
}

/* The datetime of POSIX time secs + us: in local time (tz None, with fold
 * set on the second reading of a repeated time), or UTC converted by
 * tz.fromutc().  utc: a naive UTC result. */
static Object *dt_from_posix(Type *t, int64_t secs, int us, Object *tz, bool utc) {
    if (tz != OBJ_NONE || utc) {
        dt_us wall = ((dt_us)secs + EPOCH_SECONDS) * US_PER_SECOND + us;
        if (wall < 0 || wall >= (dt_us)DT_MAXORDINAL * US_PER_DAY) {
            struct tm tm; /* the error names the year gmtime() finds */
            time_t tt = (time_t)secs;
            if (!gmtime_r(&tt, &tm))
                Err_SetString(Exc_OverflowError, "timestamp out of range for platform time_t");
            else
                Err_Format(Exc_ValueError, "year must be in %d..%d, not %lld", DT_MINYEAR, DT_MAXYEAR,
                           tm.tm_year + 1900LL);
            return NULL;
        }
        Object *d = dt_from_us(t, wall, utc ? OBJ_NONE : tz);
        if (!d || utc) return d;
        Object *r = Obj_CallMethodC(tz, "fromutc", &d, 1);
        DECREF(d);
        return r;
    }
    struct tm tm;
    time_t tt = (time_t)secs;
    if (!localtime_r(&tt, &tm)) {
        Err_SetString(Exc_OverflowError, "timestamp out of range for platform time_t");
        return NULL;
    }
    if (tm.tm_year + 1900LL < DT_MINYEAR || tm.tm_year + 1900LL > DT_MAXYEAR) {
        Err_Format(Exc_ValueError, "year must be in %d..%d, not %lld", DT_MINYEAR, DT_MAXYEAR, tm.tm_year + 1900LL);
        return NULL;
    }
    int sec = tm.tm_sec > 59 ? 59 : tm.tm_sec;
    int64_t wall = secs + tm.tm_gmtoff, back;
    if (local_to_posix(wall, 0, &back) < 0) return NULL;
    return DateTime_FromFields(t, tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, sec, us,
                               OBJ_NONE, back != secs);
}

/* A timestamp argument as whole seconds and microseconds rounded half to
 * even. */
static int timestamp_parts(Object *o, int64_t *secs, int *us) {
    double frac;
    if (!Int_Check(o) && !Float_Check(o)) {
        Err_Format(Exc_TypeError, "argument must be int or float, not %s", TYPE_NAME(o));
        return -1;
    }
    if (DT_TimestampArg(o, secs, &frac) < 0) return -1;
    double scaled = frac * 1e6;
    double r = nearbyint(scaled); /* the default rounding mode: half to even */
    if (r >= 1e6) {
        (*secs)++;
        r -= 1e6;
    }
    *us = (int)r;
    return 0;
}

static Object *dt_fromtimestamp(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    (void)kwnames;
    Object *tz = nargs > 1 && args[1] ? args[1] : OBJ_NONE;
    if (Tz_CheckArg(tz) < 0) return NULL;
    int64_t secs;
    int us;
    if (timestamp_parts(args[0], &secs, &us) < 0) return NULL;
    return dt_from_posix((Type *)cls, secs, us, tz, false);
}

static int utc_deprecation(const char *what, const char *instead) {
    return Warn_Format(Exc_DeprecationWarning, 1,
                       "datetime.datetime.%s() is deprecated and scheduled for removal in a future version. Use "
                       "timezone-aware objects to represent datetimes in UTC: %s.",
                       what, instead);
}

static Object *dt_utcfromtimestamp(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    (void)nargs, (void)kwnames;
    if (utc_deprecation("utcfromtimestamp", "datetime.datetime.fromtimestamp(timestamp, datetime.UTC)") < 0)
        return NULL;
    int64_t secs;
    int us;
    if (timestamp_parts(args[0], &secs, &us) < 0) return NULL;
    return dt_from_posix((Type *)cls, secs, us, OBJ_NONE, true);
}

static void now_parts(int64_t *secs, int *us) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    *secs = ts.tv_sec;
    *us = (int)(ts.tv_nsec / 1000);
}

static Object *dt_now(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    (void)kwnames;
    Object *tz = nargs && args[0] ? args[0] : OBJ_NONE;
    if (Tz_CheckArg(tz) < 0) return NULL;
    int64_t secs;
    int us;
    now_parts(&secs, &us);
    return dt_from_posix((Type *)cls, secs, us, tz, false);
}

static Object *dt_utcnow(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    if (utc_deprecation("utcnow", "datetime.datetime.now(datetime.UTC)") < 0) return NULL;
    int64_t secs;
    int us;
    now_parts(&secs, &us);
    return dt_from_posix((Type *)cls, secs, us, OBJ_NONE, true);
}

static Object *dt_combine(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    (void)kwnames;
    if (!Date_Check(args[0])) {
        Err_Format(Exc_TypeError, "combine() argument 1 must be datetime.date, not %s", TYPE_NAME(args[0]));
        return NULL;
    }
    if (!Time_Check(args[1])) {
        Err_Format(Exc_TypeError, "combine() argument 2 must be datetime.time, not %s", TYPE_NAME(args[1]));
        return NULL;
    }
    Date *d = (Date *)args[0];
    Time *t = (Time *)args[1];
    Object *tz = nargs > 2 && args[2] ? args[2] : t->tzinfo;
    if (Tz_CheckArg(tz) < 0) return NULL;
    return DateTime_FromFields((Type *)cls, d->year, d->month, d->day, t->hour, t->minute, t->second,
                               t->microsecond, tz, t->fold);
}

/* Where the time starts in an ISO datetime: the length of its date part. */
static ssize_t iso_date_length(const uint32_t *s, ssize_t n) {
    if (n < 5) return n;
    if (s[4] == '-') {
        if (n > 5 && s[5] == 'W') return n > 8 && s[8] == '-' ? 10 : 8;
        return 10;
    }
    if (s[4] == 'W') return n > 7 && s[7] >= '0' && s[7] <= '9' ? 8 : 7;
    return 8;
}

static Object *dt_fromisoformat(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    (void)nargs, (void)kwnames;
    if (!Str_Check(args[0])) {
        Err_SetString(Exc_TypeError, "fromisoformat: argument must be str");
        return NULL;
    }
    ssize_t n;
    uint32_t *s = DT_StrChars(args[0], &n);
    if (!s) return NULL;
    ssize_t dlen = iso_date_length(s, n);
    int y, mo, d, h = 0, mi = 0, sec = 0, us = 0;
    Object *tz = NULL;
    bool next_day = false;
    int r = dlen > n ? -1 : Date_ParseIso(s, dlen, &y, &mo, &d);
    /* a date out of range is reported only when the time part is well formed */
    Object *date_error = r == -2 ? Err_Fetch() : NULL;
    if (r != -1 && dlen < n) {
        int rt = dlen + 1 >= n ? -1 : Time_ParseIso(s + dlen + 1, n - dlen - 1, &h, &mi, &sec, &us, &tz, &next_day);
        if (rt < 0) r = rt;
    }
    free(s);
    if (date_error) {
        if (r == -2 && !Err_Occurred())
            Err_Restore(date_error);
        else
            DECREF(date_error);
        if (r == -2 && tz) CLEAR(tz);
    }
    if (r == -1) Err_Format(Exc_ValueError, "Invalid isoformat string: %R", args[0]);
    if (r < 0) return NULL;
    Object *res;
    if (next_day) {
        int64_t ord = Cal_ToOrdinal(y, mo, d) + 1;
        if (ord > DT_MAXORDINAL) {
            Err_Format(Exc_ValueError, "year must be in %d..%d, not %d", DT_MINYEAR, DT_MAXYEAR, y + 1);
            XDECREF(tz);
            return NULL;
        }
        Cal_FromOrdinal(ord, &y, &mo, &d);
    }
    res = DateTime_FromFields((Type *)cls, y, mo, d, h, mi, sec, us, tz ? tz : OBJ_NONE, 0);
    XDECREF(tz);
    return res;
}

static Object *dt_strptime(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    (void)nargs, (void)kwnames;
    return DT_StrptimeVia("_strptime_datetime_datetime", cls, args);
}

/* ---- attributes, text ------------------------------------------------------------------ */

static Object *dt_hour(Object *o) { return SMALL_FROM(DT(o)->hour); }
static Object *dt_minute(Object *o) { return SMALL_FROM(DT(o)->minute); }
static Object *dt_second(Object *o) { return SMALL_FROM(DT(o)->second); }
static Object *dt_microsecond(Object *o) { return SMALL_FROM(DT(o)->microsecond); }
static Object *dt_fold(Object *o) { return SMALL_FROM(DT(o)->fold); }
static Object *dt_tzinfo(Object *o) { return NEWREF(DT(o)->tzinfo); }

static Object *dt_isoformat_sep(Object *self, uint32_t sep, Object *timespec) {
    DateTime *d = DT(self);
    StrBuilder sb;
    SB_Init(&sb);
    if (Date_AppendIso(&sb, d->year, d->month, d->day, sep) < 0 ||
        Time_AppendIso(&sb, d->hour, d->minute, d->second, d->microsecond, timespec) < 0 ||
        DT_AppendUtcOffset(&sb, d->tzinfo, self) < 0) {
        Object *junk = SB_Finish(&sb);
        XDECREF(junk);
        return NULL;
    }
    return SB_Finish(&sb);
}

static Object *dt_isoformat(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)kwnames;
    uint32_t sep = 'T';
    if (nargs > 0 && args[0]) {
        Object *s = args[0];
        if (!Str_Check(s)) {
            Err_Format(Exc_TypeError, "isoformat() argument 1 must be a unicode character, not %s", TYPE_NAME(s));
            return NULL;
        }
        if (STR_LEN(s) != 1) {
            Err_Format(Exc_TypeError, "isoformat() argument 1 must be a unicode character, not a string of length %zd",
                       STR_LEN(s));
            return NULL;
        }
        sep = STR_CHAR(s, 0);
    }
    return dt_isoformat_sep(self, sep, nargs > 1 ? args[1] : NULL);
}

static Object *dt_str(Object *self) {
    Object *sep = Str_FromChar(' ');
    if (!sep) return NULL;
    Object *r = Obj_CallMethodC(self, "isoformat", &sep, 1);
    DECREF(sep);
    return r;
}

static Object *dt_repr(Object *self) {
    DateTime *d = DT(self);
    Object *prefix = DT_ReprPrefix(self);
    if (!prefix) return NULL;
    char buf[96];
    int n = snprintf(buf, sizeof buf, "(%d, %d, %d, %d, %d", d->year, d->month, d->day, d->hour, d->minute);
    if (d->second || d->microsecond) n += snprintf(buf + n, sizeof buf - (size_t)n, ", %d", d->second);
    if (d->microsecond) n += snprintf(buf + n, sizeof buf - (size_t)n, ", %d", d->microsecond);
    if (d->fold) snprintf(buf + n, sizeof buf - (size_t)n, ", fold=1");
    StrBuilder sb;
    SB_Init(&sb);
    int r = SB_AppendStr(&sb, prefix);
    DECREF(prefix);
    if (r == 0) r = SB_AppendASCII(&sb, buf, -1);
    if (r == 0 && d->tzinfo != OBJ_NONE)
        r = SB_AppendASCII(&sb, ", tzinfo=", -1) < 0 ? -1 : SB_AppendRepr(&sb, d->tzinfo);
    if (r == 0) r = SB_AppendChar(&sb, ')');
    Object *s = SB_Finish(&sb);
    if (r < 0) CLEAR(s);
    return s;
}

static Object *dt_ctime(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    DateTime *d = DT(self);
    return Date_CtimeText(d->year, d->month, d->day, d->hour, d->minute, d->second);
}

static Object *dt_utcoffset(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    return Tz_Offset(DT(self)->tzinfo, self, "utcoffset");
}
static Object *dt_dst(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    return Tz_Offset(DT(self)->tzinfo, self, "dst");
}
static Object *dt_tzname(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    return Tz_Name(DT(self)->tzinfo, self);
}

/* tm_isdst from dst(): -1 when None, 1 when not zero. */
static int dst_flag(Object *self, int *flag) {
    Object *dst = Tz_Offset(DT(self)->tzinfo, self, "dst");
    if (!dst) return -1;
    *flag = dst == OBJ_NONE ? -1 : Delta_Us(dst) != 0;
    DECREF(dst);
    return 0;
}

static Object *dt_timetuple(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    DateTime *d = DT(self);
    int flag, f[9];
    if (dst_flag(self, &flag) < 0) return NULL;
    DT_TimeFields(f, d->year, d->month, d->day, d->hour, d->minute, d->second, flag);
    return DT_StructTime(f);
}

/* The UTC wall-clock microseconds of an aware datetime (*aware false and
 * the plain count for a naive one). */
static int dt_utc_us(Object *o, dt_us *out, bool *aware) {
    *out = wall_us(o);
    Object *off = Tz_Offset(DT(o)->tzinfo, o, "utcoffset");
    if (!off) return -1;
    *aware = off != OBJ_NONE;
    if (*aware) *out -= Delta_Us(off);
    DECREF(off);
    return 0;
}

static Object *dt_utctimetuple(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    dt_us us;
    bool aware;
    if (dt_utc_us(self, &us, &aware) < 0) return NULL;
    int f[9];
    if (us < 0 || us >= (dt_us)DT_MAXORDINAL * US_PER_DAY) {
        Err_SetString(Exc_OverflowError, "date value out of range");
        return NULL;
    }
    int64_t secs = (int64_t)(us / US_PER_SECOND);
    int y, mo, d;
    Cal_FromOrdinal(secs / 86400 + 1, &y, &mo, &d);
    int rest = (int)(secs % 86400);
    DT_TimeFields(f, y, mo, d, rest / 3600, rest / 60 % 60, rest % 60, 0);
    return DT_StructTime(f);
}

static Object *dt_date(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    return Date_FromYmd(&Date_Type, DT(self)->year, DT(self)->month, DT(self)->day);
}

static Object *dt_time(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    DateTime *d = DT(self);
    return Time_FromFields(&Time_Type, d->hour, d->minute, d->second, d->microsecond, OBJ_NONE, d->fold);
}

static Object *dt_timetz(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    DateTime *d = DT(self);
    return Time_FromFields(&Time_Type, d->hour, d->minute, d->second, d->microsecond, d->tzinfo, d->fold);
}

static Object *dt_replace(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)kwnames;
    DateTime *d = DT(self);
    int64_t v[9] = {d->year, d->month, d->day, d->hour, d->minute, d->second, d->microsecond, 0, d->fold};
    Object *tz = d->tzinfo;
    for (size_t i = 0; i < nargs; i++) {
        if (!args[i]) continue;
        if (i == 7)
            tz = args[i];
        else if (DT_IntArg(args[i], &v[i]) < 0)
            return NULL;
    }
    if (args[nargs] && DT_IntArg(args[nargs], &v[8]) < 0) return NULL;
    if (Cal_CheckDate(v[0], v[1], v[2]) < 0 || DT_CheckTime(v[3], v[4], v[5], v[6], v[8]) < 0 ||
        Tz_CheckArg(tz) < 0)
        return NULL;
    return DateTime_FromFields(TYPE(self), (int)v[0], (int)v[1], (int)v[2], (int)v[3], (int)v[4], (int)v[5],
                               (int)v[6], tz, (int)v[8]);
}

/* POSIX seconds (and the microseconds) of a datetime: aware ones by their
 * offset, naive ones as local time. */
static int dt_posix(Object *self, int64_t *secs, int *us) {
    dt_us u;
    bool aware;
    if (dt_utc_us(self, &u, &aware) < 0) return -1;
    if (aware) {
        dt_us s = u - (dt_us)EPOCH_SECONDS * US_PER_SECOND;
        dt_us q = s / US_PER_SECOND, r = s % US_PER_SECOND;
        if (r < 0) q--, r += US_PER_SECOND;
        *secs = (int64_t)q;
        *us = (int)r;
        return 0;
    }
    *us = DT(self)->microsecond;
    return local_to_posix(wall_seconds_since_epoch(self), DT(self)->fold, secs);
}

static Object *dt_timestamp(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    if (DT(self)->tzinfo != OBJ_NONE) {
        dt_us u;
        bool aware;
        if (dt_utc_us(self, &u, &aware) < 0) return NULL;
        if (aware) {
            Object *delta = Delta_FromUs(&Delta_Type, u - (dt_us)EPOCH_SECONDS * US_PER_SECOND);
            if (!delta) return NULL;
            Object *r = Obj_CallMethodC(delta, "total_seconds", NULL, 0);
            DECREF(delta);
            return r;
        }
        /* measured from an aware epoch, which a None offset cannot meet */
        Err_SetString(Exc_TypeError, "can't subtract offset-naive and offset-aware datetimes");
        return NULL;
    }
    int64_t secs;
    int us;
    if (dt_posix(self, &secs, &us) < 0) return NULL;
    return Float_From((double)secs + us / 1e6);
}

/* The local time zone at POSIX time secs, as a timezone with the C
 * library's offset and abbreviation. */
static Object *local_timezone(int64_t secs) {
    time_t t = (time_t)secs;
    struct tm tm;
    if (!localtime_r(&t, &tm)) {
        Err_SetString(Exc_OverflowError, "timestamp out of range for platform time_t");
        return NULL;
    }
    Object *off = Delta_FromUs(&Delta_Type, (dt_us)tm.tm_gmtoff * US_PER_SECOND);
    Object *name = off && tm.tm_zone ? Str_FromUTF8(tm.tm_zone, -1) : NULL;
    Object *r = name ? TimeZone_New(off, name) : NULL;
    XDECREF(off);
    XDECREF(name);
    return r;
}

static Object *dt_astimezone(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)kwnames;
    Object *tz = nargs && args[0] ? args[0] : OBJ_NONE;
    if (Tz_CheckArg(tz) < 0) return NULL;
    DateTime *d = DT(self);
    if (d->tzinfo == tz && tz != OBJ_NONE) return NEWREF(self);
    int64_t secs;
    int us;
    if (dt_posix(self, &secs, &us) < 0) return NULL;
    Object *zone = tz == OBJ_NONE ? local_timezone(secs) : NEWREF(tz);
    if (!zone) return NULL;
    dt_us wall = ((dt_us)secs + EPOCH_SECONDS) * US_PER_SECOND + us;
    Object *utc = dt_from_us(TYPE(self), wall, zone);
    Object *r = utc ? Obj_CallMethodC(zone, "fromutc", &utc, 1) : NULL;
    XDECREF(utc);
    DECREF(zone);
    return r;
}

static Object *dt_state(DateTime *d, bool with_fold) {
    unsigned char b[10] = {(unsigned char)(d->year >> 8), (unsigned char)d->year,
                           (unsigned char)(d->month | (with_fold && d->fold ? 0x80 : 0)), (unsigned char)d->day,
                           (unsigned char)d->hour, (unsigned char)d->minute, (unsigned char)d->second,
                           (unsigned char)(d->microsecond >> 16), (unsigned char)(d->microsecond >> 8),
                           (unsigned char)d->microsecond};
    return Bytes_From(b, 10);
}

static Object *dt_reduce_proto(Object *self, bool with_fold) {
    DateTime *d = DT(self);
    Object *state = dt_state(d, with_fold);
    if (!state) return NULL;
    Object *inner = d->tzinfo == OBJ_NONE ? Tuple_Pack(1, state) : Tuple_Pack(2, state, d->tzinfo);
    DECREF(state);
    if (!inner) return NULL;
    Object *r = Tuple_Pack(2, (Object *)TYPE(self), inner);
    DECREF(inner);
    return r;
}

static Object *dt_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    return dt_reduce_proto(self, false);
}

static Object *dt_reduce_ex(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)nargs, (void)kwnames;
    int64_t proto;
    if (DT_IntArg(args[0], &proto) < 0) return NULL;
    return dt_reduce_proto(self, proto > 3);
}

/* ---- comparison, hash, arithmetic -------------------------------------------------------- */

/* Whether an aware datetime is in a repeated or skipped time of its zone:
 * its offset changes with fold.  1, 0, or -1 on error. */
static int offset_depends_on_fold(Object *o) {
    DateTime *d = DT(o);
    if (d->tzinfo == OBJ_NONE) return 0;
    Object *flipped = dt_alloc(&DateTime_Type, d->year, d->month, d->day, d->hour, d->minute, d->second,
                               d->microsecond, d->tzinfo, !d->fold);
    if (!flipped) return -1;
    Object *x = Tz_Offset(d->tzinfo, o, "utcoffset");
    Object *y = x ? Tz_Offset(d->tzinfo, flipped, "utcoffset") : NULL;
    DECREF(flipped);
    int r = -1;
    if (y) r = Obj_RichCompareBool(x, y, CMP_NE);
    XDECREF(x);
    XDECREF(y);
    return r;
}

static Object *dt_richcompare(Object *a, Object *b, int op) {
    if (!DateTime_Check(b)) return NEWREF(OBJ_NOTIMPL);
    dt_us x, y;
    if (DT(a)->tzinfo == DT(b)->tzinfo) {
        x = wall_us(a);
        y = wall_us(b);
    } else {
        bool ax, ay;
        if (dt_utc_us(a, &x, &ax) < 0 || dt_utc_us(b, &y, &ay) < 0) return NULL;
        if (ax != ay) {
            if (op == CMP_EQ || op == CMP_NE) RETURN_BOOL(op == CMP_NE);
            Err_SetString(Exc_TypeError, "can't compare offset-naive and offset-aware datetimes");
            return NULL;
        }
        if ((op == CMP_EQ || op == CMP_NE) && x == y) {
            /* across zones, a time whose offset hangs on fold equals nothing */
            int fa = offset_depends_on_fold(a), fb = fa == 0 ? offset_depends_on_fold(b) : 0;
            if (fa < 0 || fb < 0) return NULL;
            if (fa || fb) RETURN_BOOL(op == CMP_NE);
        }
    }
    RETURN_BOOL(Cmp_Holds(x < y ? -1 : x > y, 0, op));
}

static hash_t dt_hash(Object *self) {
    DateTime *d = DT(self);
    if (d->hash != -1) return d->hash;
    dt_us u;
    bool aware;
    /* hashed as its fold=0 reading, so values equal across zones hash alike */
    Object *base = d->fold ? dt_alloc(&DateTime_Type, d->year, d->month, d->day, d->hour, d->minute, d->second,
                                      d->microsecond, d->tzinfo, 0)
                           : NEWREF(self);
    if (!base) return -1;
    int r = dt_utc_us(base, &u, &aware);
    DECREF(base);
    if (r < 0) return -1;
    hash_t h;
    if (!aware) {
        Object *state = dt_state(d, false);
        if (!state) return -1;
        h = Hash_Bytes(BYTES_DATA(state), 10);
        DECREF(state);
    } else {
        Object *delta = Delta_FromUs(&Delta_Type, u);
        if (!delta) return -1;
        h = Obj_Hash(delta);
        DECREF(delta);
    }
    d->hash = h;
    return h;
}

static Object *dt_shift(Object *dt, Object *delta, int sign) {
    dt_us us = wall_us(dt) + sign * Delta_Us(delta);
    return dt_from_us(TYPE(dt), us, DT(dt)->tzinfo);
}

static Object *dt_add(Object *a, Object *b) {
    if (DateTime_Check(a) && Delta_Check(b)) return dt_shift(a, b, 1);
    if (Delta_Check(a) && DateTime_Check(b)) return dt_shift(b, a, 1);
    return NEWREF(OBJ_NOTIMPL);
}

static Object *dt_sub(Object *a, Object *b) {
    if (!DateTime_Check(a)) return NEWREF(OBJ_NOTIMPL);
    if (Delta_Check(b)) return dt_shift(a, b, -1);
    if (!DateTime_Check(b)) return NEWREF(OBJ_NOTIMPL);
    dt_us x, y;
    if (DT(a)->tzinfo == DT(b)->tzinfo) {
        x = wall_us(a);
        y = wall_us(b);
    } else {
        bool ax, ay;
        if (dt_utc_us(a, &x, &ax) < 0 || dt_utc_us(b, &y, &ay) < 0) return NULL;
        if (ax != ay) {
            Err_SetString(Exc_TypeError, "can't subtract offset-naive and offset-aware datetimes");
            return NULL;
        }
    }
    return Delta_FromUs(&Delta_Type, x - y);
}

static const MethodDef dt_methods[] = {
    {"now", dt_now, METH_CLASS,
     ARGS("($type, /, tz=None)",
          "Returns new datetime object representing current time local to tz.\n\n  tz\n    Timezone object.\n\n"
          "If no tz is specified, uses local timezone.")},
    {"utcnow", dt_utcnow, METH_CLASS,
     ARGS("($type, /)", "Return a new datetime representing UTC day and time.")},
    {"fromtimestamp", dt_fromtimestamp, METH_CLASS,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_GETARGS_STYLE, "($type, timestamp, tz=None)",
            "timestamp[, tz] -> tz's local time from POSIX timestamp.")},
    {"utcfromtimestamp", dt_utcfromtimestamp, METH_CLASS,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE, "($type, timestamp, /)",
            "Construct a naive UTC datetime from a POSIX timestamp.")},
    {"combine", dt_combine, METH_CLASS,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_GETARGS_STYLE, "($type, date, time, tzinfo=None)",
            "date, time -> datetime with same date and time fields")},
    {"fromisoformat", dt_fromisoformat, METH_CLASS,
     ARGS("($type, object, /)", "string -> datetime from a string in most ISO 8601 formats")},
    {"strptime", dt_strptime, METH_CLASS,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE, "($type, string, format, /)",
            "string, format -> new datetime parsed from a string (like time.strptime()).")},
    {"date", dt_date, 0, ARGS("($self, /)", "Return date object with same year, month and day.")},
    {"time", dt_time, 0,
     ARGS("($self, /)", "Return time object with same time but with tzinfo=None.")},
    {"timetz", dt_timetz, 0, ARGS("($self, /)", "Return time object with same time and tzinfo.")},
    {"ctime", dt_ctime, 0, ARGS("($self, /)", "Return ctime() style string.")},
    {"timetuple", dt_timetuple, 0,
     ARGS("($self, /)", "Return time tuple, compatible with time.localtime().")},
    {"timestamp", dt_timestamp, 0, ARGS("($self, /)", "Return POSIX timestamp as float.")},
    {"utctimetuple", dt_utctimetuple, 0,
     ARGS("($self, /)", "Return UTC time tuple, compatible with time.localtime().")},
    {"isoformat", dt_isoformat, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_GETARGS_STYLE, "($self, sep='T', timespec='auto')",
            "[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].\n"
            "sep is used to separate the year from the time, and defaults to 'T'.\n"
            "The optional argument timespec specifies the number of additional terms\n"
            "of the time to include. Valid options are 'auto', 'hours', 'minutes',\n"
            "'seconds', 'milliseconds' and 'microseconds'.\n")},
    {"utcoffset", dt_utcoffset, 0, ARGS("($self, /)", "Return self.tzinfo.utcoffset(self).")},
    {"tzname", dt_tzname, 0, ARGS("($self, /)", "Return self.tzinfo.tzname(self).")},
    {"dst", dt_dst, 0, ARGS("($self, /)", "Return self.tzinfo.dst(self).")},
    {"replace", dt_replace, 0,
     ARGS("($self, /, year=unchanged, month=unchanged, day=unchanged,\n        hour=unchanged, minute=unchanged, "
          "second=unchanged,\n        microsecond=unchanged, tzinfo=unchanged, *, fold=unchanged)",
          "Return datetime with new specified fields.")},
    {"__replace__", DT_Replace, 0, ARGS_F(ARG_UNCHECKED, "($self, /, **changes)", "The same as replace().")},
    {"astimezone", dt_astimezone, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_GETARGS_STYLE, "($self, tz=None)", "tz -> convert to local time in new timezone tz\n")},
    {"__reduce_ex__", dt_reduce_ex, 0,
     ARGS_F(ARG_NO_TEXT_SIG, "($self, proto, /)", "__reduce_ex__(proto) -> (cls, state)")},
    {"__reduce__", dt_reduce, 0, ARGS("($self, /)", "__reduce__() -> (cls, state)")},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef dt_getset[] = {
    {"hour", dt_hour, NULL, NULL},
    {"minute", dt_minute, NULL, NULL},
    {"second", dt_second, NULL, NULL},
    {"microsecond", dt_microsecond, NULL, NULL},
    {"tzinfo", dt_tzinfo, NULL, NULL},
    {"fold", dt_fold, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

/* An aware value may sit in a cycle through its tzinfo (a Python class's
 * instance), so the collector tracks it. */
static void dt_dealloc(Object *o) {
    Gc_Untrack(o);
    XDECREF(DT(o)->tzinfo);
    Obj_Free(o);
}

static int dt_traverse(Object *o, VisitFn visit, void *arg) { return DT(o)->tzinfo ? visit(DT(o)->tzinfo, arg) : 0; }

/* Breaks a cycle; the value is left naive, never without a tzinfo. */
static int dt_clear(Object *o) {
    SETREF(DT(o)->tzinfo, NEWREF(OBJ_NONE));
    return 0;
}

Type DateTime_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "datetime.datetime",
    .basicsize = sizeof(DateTime),
    .flags = TPFLAG_BASETYPE | TPFLAG_GC,
    .base = &Date_Type,
    .doc = "datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])\n\n"
           "The year, month and day arguments are required. tzinfo may be None, or an\n"
           "instance of a tzinfo subclass. The remaining arguments may be ints.\n",
    .args = ARGS_F(ARG_NO_TEXT_SIG | ARG_GETARGS_STYLE | ARG_UNNAMED,
                   "(year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0)", NULL),
    .dealloc = dt_dealloc,
    .traverse = dt_traverse,
    .clear = dt_clear,
    .repr = dt_repr,
    .str = dt_str,
    .hash = dt_hash,
    .richcompare = dt_richcompare,
    .nb = {[NB_ADD] = dt_add, [NB_SUBTRACT] = dt_sub},
    .new_ = dt_new,
    .methods = dt_methods,
    .getset = dt_getset,
};

int DateTime_TypeReady(void) {
    Object *vals[3] = {dt_alloc(&DateTime_Type, 1, 1, 1, 0, 0, 0, 0, OBJ_NONE, 0),
                       dt_alloc(&DateTime_Type, 9999, 12, 31, 23, 59, 59, 999999, OBJ_NONE, 0), Delta_New(0, 0, 1)};
    static const char *const names[3] = {"min", "max", "resolution"};
    for (int i = 0; i < 3; i++) {
        if (!vals[i] || Dict_SetStr(DateTime_Type.dict, names[i], vals[i]) < 0) return -1;
        Obj_Share(vals[i]);
    }
    return 0;
}
