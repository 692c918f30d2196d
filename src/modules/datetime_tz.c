/* datetime.tzinfo, the abstract base of time zones, and datetime.timezone,
 * a fixed offset from UTC with an optional name.  Also the checked calls
 * every aware value makes to its tzinfo (utcoffset, dst, tzname). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "abstract.h"
#include "modules/datetime.h"
#include "objects/dict.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"

Object *DT_Utc;

/* ---- calls into a tzinfo ---------------------------------------------------- */

Object *Tz_Offset(Object *tzinfo, Object *arg, const char *which) {
    if (tzinfo == OBJ_NONE) return NEWREF(OBJ_NONE);
    /* the method's name interned once: this runs for every aware datetime */
    Object *name = strcmp(which, "dst") == 0 ? ID(dst) : ID(utcoffset);
    Object *r = Obj_CallMethod(tzinfo, name, &arg, 1);
    if (!r || r == OBJ_NONE) return r;
    if (!Delta_Check(r)) {
        Err_Format(Exc_TypeError, "tzinfo.%s() must return None or timedelta, not '%s'", which, TYPE_NAME(r));
        DECREF(r);
        return NULL;
    }
    dt_us us = Delta_Us(r);
    if (us <= -US_PER_DAY || us >= US_PER_DAY) {
        Err_Format(Exc_ValueError,
                   "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not %R",
                   r);
        DECREF(r);
        return NULL;
    }
    return r;
}

Object *Tz_Name(Object *tzinfo, Object *arg) {
    if (tzinfo == OBJ_NONE) return NEWREF(OBJ_NONE);
    Object *r = Obj_CallMethod(tzinfo, ID(tzname), &arg, 1);
    if (r && r != OBJ_NONE && !Str_Check(r)) {
        Err_Format(Exc_TypeError, "tzinfo.tzname() must return None or a string, not '%s'", TYPE_NAME(r));
        DECREF(r);
        return NULL;
    }
    return r;
}

int Tz_CheckArg(Object *tz) {
    if (tz == OBJ_NONE || TzInfo_Check(tz)) return 0;
    Err_Format(Exc_TypeError, "tzinfo argument must be None or of a tzinfo subclass, not type '%s'", TYPE_NAME(tz));
    return -1;
}

/* "+HH<sep>MM", then <sep>SS and .ffffff only when not zero. */
int Tz_AppendOffset(StrBuilder *sb, Object *delta, const char *sep) {
    dt_us us = Delta_Us(delta);
    char sign = '+';
    if (us < 0) sign = '-', us = -us;
    int64_t secs = (int64_t)(us / US_PER_SECOND);
    int frac = (int)(us % US_PER_SECOND);
    char buf[48];
    int n = snprintf(buf, sizeof buf, "%c%02d%s%02d", sign, (int)(secs / 3600), sep, (int)(secs / 60 % 60));
    if (secs % 60 || frac) n += snprintf(buf + n, sizeof buf - (size_t)n, "%s%02d", sep, (int)(secs % 60));
    if (frac) n += snprintf(buf + n, sizeof buf - (size_t)n, ".%06d", frac);
    return SB_AppendASCII(sb, buf, n);
}

/* ---- tzinfo ---------------------------------------------------------------------- */

static Object *not_implemented(const char *what) {
    Err_Format(Exc_NotImplementedError, "a tzinfo subclass must implement %s()", what);
    return NULL;
}

static Object *tzinfo_tzname(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)self, (void)args, (void)nargs, (void)kwnames;
    return not_implemented("tzname");
}
static Object *tzinfo_utcoffset(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)self, (void)args, (void)nargs, (void)kwnames;
    return not_implemented("utcoffset");
}
static Object *tzinfo_dst(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)self, (void)args, (void)nargs, (void)kwnames;
    return not_implemented("dst");
}

/* The generic conversion from UTC for a zone with a standard offset and a
 * DST adjustment: shift by the standard offset, then by the DST the
 * shifted time has. */
int Tz_FromutcCheck(Object *self, Object *dt) {
    if (!DateTime_Check(dt)) {
        Err_SetString(Exc_TypeError, "fromutc: argument must be a datetime");
        return -1;
    }
    if (((DateTime *)dt)->tzinfo != self) {
        Err_SetString(Exc_ValueError, "fromutc: dt.tzinfo is not self");
        return -1;
    }
    return 0;
}

static Object *tzinfo_fromutc(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)nargs, (void)kwnames;
    Object *dt = args[0];
    if (Tz_FromutcCheck(self, dt) < 0) return NULL;
    Object *off = Tz_Offset(self, dt, "utcoffset");
    if (!off) return NULL;
    if (off == OBJ_NONE) {
        DECREF(off);
        Err_SetString(Exc_ValueError, "fromutc: non-None utcoffset() result required");
        return NULL;
    }
    Object *dst = Tz_Offset(self, dt, "dst");
    if (!dst || dst == OBJ_NONE) {
        DECREF(off);
        if (dst) {
            DECREF(dst);
            Err_SetString(Exc_ValueError, "fromutc: non-None dst() result required");
        }
        return NULL;
    }
    Object *std = Delta_FromUs(&Delta_Type, Delta_Us(off) - Delta_Us(dst));
    DECREF(off);
    DECREF(dst);
    if (!std) return NULL;
    Object *shifted = Obj_BinaryOp(dt, std, NB_ADD);
    DECREF(std);
    if (!shifted) return NULL;
    dst = Tz_Offset(self, shifted, "dst");
    if (!dst || dst == OBJ_NONE) {
        if (dst) {
            DECREF(dst);
            Err_SetString(Exc_ValueError, "fromutc: tz.dst() gave inconsistent results; cannot convert");
        }
        DECREF(shifted);
        return NULL;
    }
    Object *r = Obj_BinaryOp(shifted, dst, NB_ADD);
    DECREF(shifted);
    DECREF(dst);
    return r;
}

/* (type, __getinitargs__() or (), __getstate__() or the __dict__ or None) */
static Object *tzinfo_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    Object *initargs = NULL, *fn;
    if (Obj_LookupAttr(self, Str_InternC("__getinitargs__"), &fn) < 0) return NULL;
    if (fn) {
        initargs = Obj_CallNoArgs(fn);
        DECREF(fn);
    } else
        initargs = Tuple_Empty();
    if (!initargs) return NULL;
    Object *state = NULL;
    if (Obj_LookupAttr(self, Str_InternC("__getstate__"), &fn) < 0) {
        DECREF(initargs);
        return NULL;
    }
    if (fn) {
        state = Obj_CallNoArgs(fn);
        DECREF(fn);
        if (!state) {
            DECREF(initargs);
            return NULL;
        }
    } else
        state = NEWREF(OBJ_NONE);
    Object *r = Tuple_Pack(3, (Object *)TYPE(self), initargs, state);
    DECREF(initargs);
    DECREF(state);
    return r;
}

static const MethodDef tzinfo_methods[] = {
    {"tzname", tzinfo_tzname, 0, ARGS("($self, object, /)", "datetime -> string name of time zone.")},
    {"utcoffset", tzinfo_utcoffset, 0,
     ARGS("($self, object, /)",
            "datetime -> timedelta showing offset from UTC, negative values indicating West of UTC")},
    {"dst", tzinfo_dst, 0,
     ARGS("($self, object, /)", "datetime -> DST offset as timedelta positive east of UTC.")},
    {"fromutc", tzinfo_fromutc, 0,
     ARGS("($self, object, /)", "datetime in UTC -> datetime in local time.")},
    {"__reduce__", tzinfo_reduce, 0, ARGS("($self, /)", "-> (cls, state)")},
    {NULL, NULL, 0, NULL},
};

static void tzinfo_dealloc(Object *o) { Obj_Free(o); }

/* tzinfo() takes and ignores any arguments, so subclasses need not pass
 * theirs on. */
static Object *tzinfo_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    return Obj_Alloc(t, (size_t)t->basicsize);
}

Type TzInfo_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "datetime.tzinfo",
    .basicsize = sizeof(Object),
    .flags = TPFLAG_BASETYPE,
    .doc = "Abstract base class for time zone info objects.",
    .dealloc = tzinfo_dealloc,
    .new_ = tzinfo_new,
    .methods = tzinfo_methods,
};

/* ---- timezone ----------------------------------------------------------------------- */

#define TZ(o) ((TimeZone *)(o))

static Object *timezone_alloc(Object *offset, Object *name) {
    TimeZone *z = (TimeZone *)Obj_Alloc(&TimeZone_Type, sizeof(TimeZone));
    if (!z) return NULL;
    z->offset = NEWREF(offset);
    z->name = XNEWREF(name);
    return (Object *)z;
}

Object *TimeZone_New(Object *offset, Object *name) {
    if (!name && Delta_Us(offset) == 0) return NEWREF(DT_Utc);
    return timezone_alloc(offset, name);
}

static Object *timezone_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    (void)t;
    Object *av[2];
    if (Arg_Unpack(TimeZone_Type.args, "timezone", args, nargs, kwnames, av) < 0) return NULL;
    if (!Delta_Check(av[0])) {
        Err_Format(Exc_TypeError, "timezone() argument 1 must be datetime.timedelta, not %s", TYPE_NAME(av[0]));
        return NULL;
    }
    if (av[1] && !Str_Check(av[1])) {
        Err_Format(Exc_TypeError, "timezone() argument 2 must be str, not %s", TYPE_NAME(av[1]));
        return NULL;
    }
    dt_us us = Delta_Us(av[0]);
    if (us <= -US_PER_DAY || us >= US_PER_DAY) {
        Err_Format(Exc_ValueError,
                   "offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not %R",
                   av[0]);
        return NULL;
    }
    return TimeZone_New(av[0], av[1]);
}

/* The name str() and tzname() give: the one given, or "UTC" / "UTC+HH:MM". */
static Object *timezone_name_text(Object *self) {
    TimeZone *z = TZ(self);
    if (z->name) return NEWREF(z->name);
    if (Delta_Us(z->offset) == 0) return Str_FromUTF8("UTC", 3);
    StrBuilder sb;
    SB_Init(&sb);
    if (SB_AppendASCII(&sb, "UTC", 3) < 0 || Tz_AppendOffset(&sb, z->offset, ":") < 0) {
        Object *junk = SB_Finish(&sb);
        XDECREF(junk);
        return NULL;
    }
    return SB_Finish(&sb);
}

static int check_dt_arg(Object *arg, const char *what) {
    if (arg == OBJ_NONE || DateTime_Check(arg)) return 0;
    Err_Format(Exc_TypeError, "%s(dt) argument must be a datetime instance or None, not %s", what, TYPE_NAME(arg));
    return -1;
}

static Object *timezone_utcoffset(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)nargs, (void)kwnames;
    if (check_dt_arg(args[0], "utcoffset") < 0) return NULL;
    return NEWREF(TZ(self)->offset);
}

static Object *timezone_dst(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)self, (void)nargs, (void)kwnames;
    if (check_dt_arg(args[0], "dst") < 0) return NULL;
    return NEWREF(OBJ_NONE);
}

static Object *timezone_tzname(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)nargs, (void)kwnames;
    if (check_dt_arg(args[0], "tzname") < 0) return NULL;
    return timezone_name_text(self);
}

static Object *timezone_fromutc(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)nargs, (void)kwnames;
    Object *dt = args[0];
    if (!DateTime_Check(dt)) {
        Err_SetString(Exc_TypeError, "fromutc: argument must be a datetime");
        return NULL;
    }
    if (((DateTime *)dt)->tzinfo != self) {
        Err_SetString(Exc_ValueError, "fromutc: dt.tzinfo is not self");
        return NULL;
    }
    return Obj_BinaryOp(dt, TZ(self)->offset, NB_ADD);
}

static Object *timezone_getinitargs(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    TimeZone *z = TZ(self);
    return z->name ? Tuple_Pack(2, z->offset, z->name) : Tuple_Pack(1, z->offset);
}

static Object *timezone_repr(Object *self) {
    TimeZone *z = TZ(self);
    if (self == DT_Utc) return Str_FromUTF8("datetime.timezone.utc", -1);
    if (z->name) return Str_FromFormat("datetime.timezone(%R, %R)", z->offset, z->name);
    return Str_FromFormat("datetime.timezone(%R)", z->offset);
}

static Object *timezone_str(Object *self) { return timezone_name_text(self); }

static hash_t timezone_hash(Object *self) { return Obj_Hash(TZ(self)->offset); }

static Object *timezone_richcompare(Object *a, Object *b, int op) {
    if ((op != CMP_EQ && op != CMP_NE) || TYPE(b) != &TimeZone_Type) return NEWREF(OBJ_NOTIMPL);
    return Obj_RichCompare(TZ(a)->offset, TZ(b)->offset, op);
}

static void timezone_dealloc(Object *o) {
    DECREF(TZ(o)->offset);
    XDECREF(TZ(o)->name);
    Obj_Free(o);
}

static const MethodDef timezone_methods[] = {
    {"tzname", timezone_tzname, 0,
     ARGS("($self, object, /)",
            "If name is specified when timezone is created, returns the name.  Otherwise returns offset as "
            "'UTC(+|-)HH:MM'.")},
    {"utcoffset", timezone_utcoffset, 0, ARGS("($self, object, /)", "Return fixed offset.")},
    {"dst", timezone_dst, 0, ARGS("($self, object, /)", "Return None.")},
    {"fromutc", timezone_fromutc, 0,
     ARGS("($self, object, /)", "datetime in UTC -> datetime in local time.")},
    {"__getinitargs__", timezone_getinitargs, 0,
     ARGS("($self, /)", "pickle support")},
    {NULL, NULL, 0, NULL},
};

Type TimeZone_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "datetime.timezone",
    .basicsize = sizeof(TimeZone),
    .base = &TzInfo_Type,
    .doc = "Fixed offset from UTC implementation of tzinfo.",
    .args = ARGS_F(ARG_NO_TEXT_SIG | ARG_GETARGS_STYLE, "(offset, name=<unrepresentable>)", NULL),
    .dealloc = timezone_dealloc,
    .repr = timezone_repr,
    .str = timezone_str,
    .hash = timezone_hash,
    .richcompare = timezone_richcompare,
    .new_ = timezone_new,
    .methods = timezone_methods,
};

int TimeZone_Ready(void) {
    Object *zero = Delta_New(0, 0, 0);
    Object *lo = Delta_New(-1, 60, 0), *hi = Delta_New(0, 86340, 0);
    if (!zero || !lo || !hi) return -1;
    Obj_Share(zero);
    Obj_Share(lo);
    Obj_Share(hi);
    DT_Utc = timezone_alloc(zero, NULL);
    Object *min = timezone_alloc(lo, NULL), *max = timezone_alloc(hi, NULL);
    DECREF(zero);
    DECREF(lo);
    DECREF(hi);
    if (!DT_Utc || !min || !max) return -1;
    Obj_Share(DT_Utc);
    Obj_Share(min);
    Obj_Share(max);
    if (Dict_SetStr(TimeZone_Type.dict, "utc", DT_Utc) < 0 || Dict_SetStr(TimeZone_Type.dict, "min", min) < 0 ||
        Dict_SetStr(TimeZone_Type.dict, "max", max) < 0)
        return -1;
    return 0;
}
