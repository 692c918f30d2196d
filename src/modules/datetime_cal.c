/* The proleptic Gregorian calendar, helpers the datetime types share, and
 * the _datetime module itself (see datetime.h for the layout of the types). */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "abstract.h"
#include "modules/datetime.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/func.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/import.h"

/* ---- calendar ------------------------------------------------------------- */

static const int month_lengths[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
static const int days_before_month[13] = {0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

bool Cal_IsLeap(int year) { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }

int Cal_DaysInMonth(int year, int month) {
    return month == 2 && Cal_IsLeap(year) ? 29 : month_lengths[month];
}

int Cal_DaysBeforeMonth(int year, int month) {
    return days_before_month[month] + (month > 2 && Cal_IsLeap(year));
}

/* Days in the years 1 .. year-1. */
static int64_t days_before_year(int64_t year) {
    int64_t y = year - 1;
    return y * 365 + y / 4 - y / 100 + y / 400;
}

int64_t Cal_ToOrdinal(int year, int month, int day) {
    return days_before_year(year) + Cal_DaysBeforeMonth(year, month) + day;
}

/* The calendar repeats every 400 years (146097 days): find the cycle, then
 * the year inside it by estimate and correction, then the month. */
void Cal_FromOrdinal(int64_t ordinal, int *year, int *month, int *day) {
    int64_t n = ordinal - 1; /* days since 0001-01-01 */
    int64_t cycles = n / 146097;
    int64_t rest = n % 146097;
    int64_t y = cycles * 400 + 1 + rest / 366; /* never past the right year */
    while (days_before_year(y + 1) <= n) y++;
    int doy = (int)(n - days_before_year(y)); /* 0-based day of the year */
    int m = doy / 31 + 1;                     /* never past the right month */
    while (m < 12 && Cal_DaysBeforeMonth((int)y, m + 1) <= doy) m++;
    *year = (int)y;
    *month = m;
    *day = doy - Cal_DaysBeforeMonth((int)y, m) + 1;
}

int Cal_Weekday(int year, int month, int day) { return (int)((Cal_ToOrdinal(year, month, day) + 6) % 7); }

int Cal_CheckDate(int64_t year, int64_t month, int64_t day) {
    if (year < DT_MINYEAR || year > DT_MAXYEAR) {
        Err_Format(Exc_ValueError, "year must be in %d..%d, not %lld", DT_MINYEAR, DT_MAXYEAR, (long long)year);
        return -1;
    }
    if (month < 1 || month > 12) {
        Err_Format(Exc_ValueError, "month must be in 1..12, not %lld", (long long)month);
        return -1;
    }
    int last = Cal_DaysInMonth((int)year, (int)month);
    if (day < 1 || day > last) {
        Err_Format(Exc_ValueError, "day %lld must be in range 1..%d for month %d in year %d", (long long)day, last,
                   (int)month, (int)year);
        return -1;
    }
    return 0;
}

int DT_IntArg(Object *o, int64_t *out) {
    if (!Int_Check(o)) {
        if (Float_Check(o) || !Index_Check(o)) {
            Err_Format(Exc_TypeError, "'%s' object cannot be interpreted as an integer", TYPE_NAME(o));
            return -1;
        }
    }
    Object *i = Obj_Index(o);
    if (!i) return -1;
    int64_t v;
    int r = Int_AsI64(i, &v);
    if (r < 0) {
        if (!Err_Matches(Exc_OverflowError)) {
            DECREF(i);
            return -1;
        }
        DECREF(i);
        Err_Clear();
        Err_SetString(Exc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    DECREF(i);
    if (v > INT_MAX) {
        Err_SetString(Exc_OverflowError, "signed integer is greater than maximum");
        return -1;
    }
    if (v < INT_MIN) {
        Err_SetString(Exc_OverflowError, "signed integer is less than minimum");
        return -1;
    }
    *out = v;
    return 0;
}

bool DT_StateBytes(Object *o, ssize_t n, unsigned char *out) {
    if (Bytes_Check(o)) {
        if (BYTES_LEN(o) != n) return false;
        memcpy(out, BYTES_DATA(o), (size_t)n);
        return true;
    }
    if (!Str_Check(o) || STR_LEN(o) != n) return false;
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = STR_CHAR(o, i);
        if (c > 255) return false;
        out[i] = (unsigned char)c;
    }
    return true;
}

int DT_PrecheckInts(Object *const *args, size_t nargs, size_t max, size_t not_int) {
    if (nargs > max) return 0; /* the count error comes first */
    for (size_t i = 0; i < nargs; i++) {
        int64_t v;
        if (i != not_int && DT_IntArg(args[i], &v) < 0) return -1;
    }
    return 0;
}

int DT_StateTzinfo(Object *tz) {
    if (tz == OBJ_NONE || TzInfo_Check(tz)) return 0;
    Err_SetString(Exc_TypeError, "bad tzinfo state arg");
    return -1;
}

Object *DT_Replace(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    /* the replace() of the built-in type self belongs to, not an override */
    Type *base = DateTime_Check(self) ? &DateTime_Type : Time_Check(self) ? &Time_Type : &Date_Type;
    Object *method = Dict_GetStr(base->dict, "replace"); /* borrowed */
    if (!method) {
        Err_SetString(Exc_SystemError, "replace() is missing");
        return NULL;
    }
    size_t n = nargs + (size_t)KW_COUNT(kwnames);
    Object *small[12], **all = n + 1 <= 12 ? small : malloc(sizeof(Object *) * (n + 1));
    if (!all) return Err_NoMemory();
    all[0] = self;
    for (size_t i = 0; i < n; i++) all[i + 1] = args[i];
    Object *r = Obj_Call(method, all, nargs + 1, kwnames);
    if (all != small) free(all);
    return r;
}

Object *DT_ReprPrefix(Object *o) {
    Type *t = TYPE(o);
    if (t->flags & TPFLAG_HEAPTYPE) return NEWREF(t->name_obj);
    return Str_FromUTF8(t->name, -1);
}

/* ---- strftime ---------------------------------------------------------------- */

/* Replaces %f, %z, %:z and %Z in the format with the object's values (the
 * C library knows nothing of microseconds or of a tzinfo), then lets
 * time.strftime format the rest from a time tuple.  tzinfo_owner is the
 * datetime or time whose utcoffset()/tzname() fill %z and %Z; NULL for a
 * date, where they are empty. */
/* The ISO year of a date (the year its ISO week belongs to). */
static int iso_year(int y, int m, int d) {
    int64_t ord = Cal_ToOrdinal(y, m, d);
    for (int k = y + 1; k >= y - 1; k--) {
        if (k < 1 || k > DT_MAXYEAR) continue;
        int64_t jan4 = Cal_ToOrdinal(k, 1, 4);
        if (jan4 - (jan4 + 6) % 7 <= ord) return k;
    }
    return y;
}

static int expand_format(StrBuilder *sb, Object *format, const int fields[9], int microsecond, Object *owner) {
    ssize_t n = STR_LEN(format);
    for (ssize_t i = 0; i < n; i++) {
        uint32_t c = STR_CHAR(format, i);
        if (c != '%' || i + 1 >= n) {
            if (SB_AppendChar(sb, c) < 0) return -1;
            continue;
        }
        uint32_t k = STR_CHAR(format, i + 1);
        bool colon = k == ':' && i + 2 < n && STR_CHAR(format, i + 2) == 'z';
        if ((k == 'Y' || k == 'G') && fields[0] < 1000) {
            /* the C library would not pad a short year to four digits */
            char buf[16];
            snprintf(buf, sizeof buf, "%04d", k == 'Y' ? fields[0] : iso_year(fields[0], fields[1], fields[2]));
            if (SB_AppendASCII(sb, buf, 4) < 0) return -1;
            i++;
        } else if (k == 'f') {
            char buf[8];
            snprintf(buf, sizeof buf, "%06d", microsecond);
            if (SB_AppendASCII(sb, buf, 6) < 0) return -1;
            i++;
        } else if (k == 'z' || colon) {
            Object *off = owner ? Obj_CallMethodC(owner, "utcoffset", NULL, 0) : NEWREF(OBJ_NONE);
            if (!off) return -1;
            int r = off == OBJ_NONE ? 0 : Tz_AppendOffset(sb, off, colon ? ":" : "");
            DECREF(off);
            if (r < 0) return -1;
            i += colon ? 2 : 1;
        } else if (k == 'Z') {
            Object *name = owner ? Obj_CallMethodC(owner, "tzname", NULL, 0) : NEWREF(OBJ_NONE);
            if (!name) return -1;
            if (name != OBJ_NONE && !Str_Check(name)) {
                Err_Format(Exc_TypeError, "tzinfo.tzname() must return None or a string, not '%s'",
                           TYPE_NAME(name));
                DECREF(name);
                return -1;
            }
            /* '%' in a zone name must stay literal for the C library */
            int r = 0;
            if (name != OBJ_NONE)
                for (ssize_t j = 0; r == 0 && j < STR_LEN(name); j++) {
                    uint32_t z = STR_CHAR(name, j);
                    r = SB_AppendChar(sb, z);
                    if (r == 0 && z == '%') r = SB_AppendChar(sb, '%');
                }
            DECREF(name);
            if (r < 0) return -1;
            i++;
        } else {
            if (SB_AppendChar(sb, '%') < 0 || SB_AppendChar(sb, k) < 0) return -1;
            i++;
        }
    }
    return 0;
}

Object *DT_Strftime(Object *format, const int fields[9], int microsecond, Object *owner) {
    if (!Str_Check(format)) {
        Err_Format(Exc_TypeError, "strftime() argument 1 must be str, not %s", TYPE_NAME(format));
        return NULL;
    }
    StrBuilder sb;
    SB_Init(&sb);
    if (expand_format(&sb, format, fields, microsecond, owner) < 0) {
        Object *junk = SB_Finish(&sb);
        XDECREF(junk);
        return NULL;
    }
    Object *fmt = SB_Finish(&sb);
    if (!fmt) return NULL;
    Object *items[9];
    for (int i = 0; i < 9; i++) items[i] = SMALL_FROM(fields[i]);
    Object *tuple = Tuple_FromArray(items, 9);
    Object *time_mod = tuple ? Import_ImportC("time") : NULL;
    Object *res = NULL;
    if (time_mod) {
        Object *args[2] = {fmt, tuple};
        res = Obj_CallMethodC(time_mod, "strftime", args, 2);
        DECREF(time_mod);
    }
    XDECREF(tuple);
    DECREF(fmt);
    return res;
}

/* ---- IsoCalendarDate --------------------------------------------------------- */

static const StructSeqField iso_fields[] = {
    {"year", NULL},
    {"week", NULL},
    {"weekday", NULL},
    {NULL, NULL},
};
static StructSeqType iso_type = STRUCTSEQ_TYPE(
    "datetime.IsoCalendarDate",
    "The result of date.isocalendar() or datetime.isocalendar()\n\n"
    "This object may be accessed either as a tuple of\n"
    "  ((year, week, weekday)\n"
    "or via the object attributes as named in the above tuple.",
    iso_fields, 3, false);

Object *DT_IsoCalendarDate_New(int year, int week, int weekday) {
    Object *items[3] = {SMALL_FROM(year), SMALL_FROM(week), SMALL_FROM(weekday)};
    return StructSeq_New(&iso_type, items);
}

/* Unlike other struct sequences it is made from its three fields, and
 * pickles as a plain tuple. */
static ArgSpec *const iso_args = ARGS_F(ARG_NO_TEXT_SIG | ARG_GETARGS_STYLE, "(year, week, weekday)", NULL);

static Object *iso_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    Object *av[3];
    if (Arg_Unpack(iso_args, "IsoCalendarDate", args, nargs, kwnames, av) < 0) return NULL;
    Object *seq = Tuple_FromArray(av, 3);
    if (!seq) return NULL;
    Object *r = StructSeq_TypeNew(t, &seq, 1, NULL);
    DECREF(seq);
    return r;
}

static Object *iso_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    Object *plain = Tuple_FromArray(TUPLE_ITEMS(self), 3);
    if (!plain) return NULL;
    Object *inner = Tuple_Pack(1, plain);
    DECREF(plain);
    if (!inner) return NULL;
    Object *r = Tuple_Pack(2, (Object *)&Tuple_Type, inner);
    DECREF(inner);
    return r;
}

static const MethodDef iso_reduce_def = {"__reduce__", iso_reduce, 0, ARGS("($self, /)", NULL)};

static int iso_ready(void) {
    if (StructSeq_Ready(&iso_type) < 0) return -1;
    iso_type.type.new_ = iso_new;
    Object *m = MethodDescr_New(&iso_type.type, &iso_reduce_def);
    if (!m) return -1;
    int r = Dict_SetStr(iso_type.type.dict, "__reduce__", m);
    Obj_Share(m);
    return r;
}

/* ---- the module ------------------------------------------------------------------ */

Type *const DateTime_Types[] = {&Delta_Type, &Date_Type, &TzInfo_Type, &TimeZone_Type, &Time_Type,
                                &DateTime_Type, &iso_type.type, NULL};

int Delta_Ready(void);
int Date_Ready(void);
int TimeZone_Ready(void);
int Time_TypeReady(void);
int DateTime_TypeReady(void);

/* Class attributes (min, max, resolution, timezone.utc): made once at
 * start-up and shared by every interpreter. */
int DateTime_Ready(void) {
    if (iso_ready() < 0 || Delta_Ready() < 0 || Date_Ready() < 0 || TimeZone_Ready() < 0 ||
        Time_TypeReady() < 0 || DateTime_TypeReady() < 0)
        return -1;
    return 0;
}

int DateTime_Init(Object *module) {
    static const char doc[] = "Fast implementation of the datetime module.";
    if (Module_AddObjectSteal(module, "__doc__", Str_FromUTF8(doc, -1)) < 0 ||
        Module_AddObjectSteal(module, "MINYEAR", SMALL_FROM(DT_MINYEAR)) < 0 ||
        Module_AddObjectSteal(module, "MAXYEAR", SMALL_FROM(DT_MAXYEAR)) < 0 ||
        Module_AddObject(module, "UTC", DT_Utc) < 0 ||
        Module_AddObject(module, "timedelta", (Object *)&Delta_Type) < 0 ||
        Module_AddObject(module, "date", (Object *)&Date_Type) < 0 ||
        Module_AddObject(module, "time", (Object *)&Time_Type) < 0 ||
        Module_AddObject(module, "datetime", (Object *)&DateTime_Type) < 0 ||
        Module_AddObject(module, "tzinfo", (Object *)&TzInfo_Type) < 0 ||
        Module_AddObject(module, "timezone", (Object *)&TimeZone_Type) < 0)
        return -1;
    return 0;
}
