/* datetime.date: a day of the proleptic Gregorian calendar, years 1..9999.
 *
 * The methods here read only year, month and day, so datetime (whose
 * struct starts like Date's) inherits most of them unchanged. */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "abstract.h"
#include "modules/datetime.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/hash.h"
#include "runtime/import.h"

#define DATE(o) ((Date *)(o))

static Object *date_alloc(Type *t, int y, int m, int d) {
    Date *o = (Date *)Obj_Alloc(t, t->basicsize);
    if (!o) return NULL;
    o->hash = -1;
    o->year = y;
    o->month = m;
    o->day = d;
    return (Object *)o;
}

/* A date of class t: a subclass is called, as CPython calls it, so its own
 * __new__ and __init__ run. */
Object *Date_FromYmd(Type *t, int y, int m, int d) {
    if (t == &Date_Type) return date_alloc(t, y, m, d);
    Object *args[3] = {SMALL_FROM(y), SMALL_FROM(m), SMALL_FROM(d)};
    return Obj_Call((Object *)t, args, 3, NULL);
}

Object *Date_FromOrdinal(Type *t, int64_t ordinal) {
    if (ordinal < 1 || ordinal > DT_MAXORDINAL) {
        Err_SetString(Exc_OverflowError, "date value out of range");
        return NULL;
    }
    int y, m, d;
    Cal_FromOrdinal(ordinal, &y, &m, &d);
    return Date_FromYmd(t, y, m, d);
}

static Object *date_new(Type *t, Object *const *args, size_t nargs, Object *kwnames) {
    /* the pickled form: 4 bytes, year high and low, month, day */
    unsigned char b[4];
    if (nargs == 1 && !kwnames && DT_StateBytes(args[0], 4, b) && b[2] >= 1 && b[2] <= 12) {
        int y = b[0] * 256 + b[1];
        if (Cal_CheckDate(y, b[2], b[3]) < 0) return NULL;
        return date_alloc(t, y, b[2], b[3]);
    }
    if (!kwnames && DT_PrecheckInts(args, nargs, 3, 3) < 0) return NULL;
    Object *av[3];
    if (Arg_Unpack(Date_Type.args, "function", args, nargs, kwnames, av) < 0) return NULL;
    int64_t v[3];
    for (int i = 0; i < 3; i++)
        if (DT_IntArg(av[i], &v[i]) < 0) return NULL;
    if (Cal_CheckDate(v[0], v[1], v[2]) < 0) return NULL;
    return date_alloc(t, (int)v[0], (int)v[1], (int)v[2]);
}

/* ---- class methods ------------------------------------------------------------- */

/* A timestamp argument as whole seconds, rounded toward minus infinity
 * (what a date or the seconds of a datetime need). */
int DT_TimestampArg(Object *o, int64_t *secs, double *frac) {
    *frac = 0.0;
    if (Float_Check(o)) {
        double x = Float_AsDouble(o);
        if (isnan(x)) {
            Err_SetString(Exc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        double f = floor(x);
        if (!(f >= -9.2e18 && f <= 9.2e18)) {
            Err_SetString(Exc_OverflowError, "timestamp out of range for platform time_t");
            return -1;
        }
        *secs = (int64_t)f;
        *frac = x - f;
        return 0;
    }
    if (!Int_Check(o) && !Index_Check(o)) {
        Err_Format(Exc_TypeError, "'%s' object cannot be interpreted as an integer", TYPE_NAME(o));
        return -1;
    }
    Object *i = Obj_Index(o);
    if (!i) return -1;
    int r = Int_AsI64(i, secs);
    DECREF(i);
    if (r < 0) {
        Err_Clear();
        Err_SetString(Exc_OverflowError, "timestamp out of range for platform time_t");
    }
    return r;
}

/* localtime_r or gmtime_r of t, with CPython's errors. */
int DT_BrokenDown(int64_t t, bool local, struct tm *tm) {
    time_t tt = (time_t)t;
    if ((local ? localtime_r(&tt, tm) : gmtime_r(&tt, tm)) == NULL) {
        Err_SetString(Exc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    if (tm->tm_year + 1900LL < DT_MINYEAR || tm->tm_year + 1900LL > DT_MAXYEAR) {
        Err_Format(Exc_ValueError, "year must be in %d..%d, not %lld", DT_MINYEAR, DT_MAXYEAR,
                   tm->tm_year + 1900LL);
        return -1;
    }
    return 0;
}

static Object *date_fromtimestamp(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    (void)nargs, (void)kwnames;
    int64_t secs;
    double frac;
    struct tm tm;
    if (DT_TimestampArg(args[0], &secs, &frac) < 0 || DT_BrokenDown(secs, true, &tm) < 0) return NULL;
    return Date_FromYmd((Type *)cls, tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

static Object *date_today(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    if (cls == (Object *)&Date_Type) {
        struct tm tm;
        if (DT_BrokenDown(ts.tv_sec, true, &tm) < 0) return NULL;
        return date_alloc(&Date_Type, tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    }
    /* a subclass (or datetime) goes through its own fromtimestamp */
    Object *stamp = Float_From((double)ts.tv_sec + ts.tv_nsec * 1e-9);
    if (!stamp) return NULL;
    Object *r = Obj_CallMethodC(cls, "fromtimestamp", &stamp, 1);
    DECREF(stamp);
    return r;
}

static Object *date_fromordinal(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    (void)nargs, (void)kwnames;
    int64_t n;
    if (DT_IntArg(args[0], &n) < 0) return NULL;
    if (n < 1) {
        Err_SetString(Exc_ValueError, "ordinal must be >= 1");
        return NULL;
    }
    if (n > DT_MAXORDINAL) {
        int y, m, d;
        Cal_FromOrdinal(n, &y, &m, &d);
        Err_Format(Exc_ValueError, "year must be in %d..%d, not %d", DT_MINYEAR, DT_MAXYEAR, y);
        return NULL;
    }
    return Date_FromOrdinal((Type *)cls, n);
}

/* The date of an ISO year, week and weekday; -1 with CPython's errors. */
static int iso_to_ymd(int64_t year, int64_t week, int64_t wd, int *y, int *m, int *d) {
    if (year < DT_MINYEAR || year > DT_MAXYEAR) {
        Err_Format(Exc_ValueError, "year must be in %d..%d, not %lld", DT_MINYEAR, DT_MAXYEAR, (long long)year);
        return -1;
    }
    /* a year has 53 ISO weeks when it starts on a Thursday, or is a leap
     * year starting on a Wednesday */
    int first = Cal_Weekday((int)year, 1, 1);
    bool long_year = first == 3 || (first == 2 && Cal_IsLeap((int)year));
    if (week < 1 || week > 53 || (week == 53 && !long_year)) {
        Err_Format(Exc_ValueError, "Invalid week: %lld", (long long)week);
        return -1;
    }
    if (wd < 1 || wd > 7) {
        Err_Format(Exc_ValueError, "Invalid weekday: %lld (range is [1, 7])", (long long)wd);
        return -1;
    }
    /* Monday of week 1 is the Monday on or before January 4th */
    int64_t jan4 = Cal_ToOrdinal((int)year, 1, 4);
    int64_t monday1 = jan4 - (jan4 + 6) % 7;
    int64_t ord = monday1 + (week - 1) * 7 + (wd - 1);
    if (ord < 1 || ord > DT_MAXORDINAL) {
        Err_Format(Exc_ValueError, "year must be in %d..%d, not %d", DT_MINYEAR, DT_MAXYEAR,
                   ord < 1 ? 0 : DT_MAXYEAR + 1);
        return -1;
    }
    Cal_FromOrdinal(ord, y, m, d);
    return 0;
}

static Object *date_fromisocalendar(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    (void)nargs, (void)kwnames;
    int64_t v[3];
    for (int i = 0; i < 3; i++) {
        if (DT_IntArg(args[i], &v[i]) < 0) {
            if (Err_Matches(Exc_OverflowError)) {
                Err_Clear();
                Err_SetString(Exc_ValueError, "ISO calendar component out of range");
            }
            return NULL;
        }
    }
    int y, m, d;
    if (iso_to_ymd(v[0], v[1], v[2], &y, &m, &d) < 0) return NULL;
    return Date_FromYmd((Type *)cls, y, m, d);
}

/* n ASCII digits at s as a number; -1 if any is not a digit. */
static int digits(const uint32_t *s, int n) {
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + (int)(s[i] - '0');
    }
    return v;
}

/* Year, then either the calendar date or the ISO week date, each in its
 * extended (with '-') or basic form.  -1: malformed; -2: an error is set. */
int Date_ParseIso(const uint32_t *s, ssize_t n, int *y, int *m, int *d) {
    if (n < 7) return -1;
    int year = digits(s, 4);
    if (year < 0) return -1;
    bool dash = s[4] == '-';
    const uint32_t *p = s + 4 + dash;
    ssize_t left = n - 4 - dash;
    if (p[0] == 'W') {
        if (left < 3) return -1;
        int week = digits(p + 1, 2), wd = 1;
        if (week < 0) return -1;
        if (left > 3) {
            const uint32_t *q = p + 3;
            if (dash) {
                if (q[0] != '-' || left != 5) return -1;
                q++;
            } else if (left != 4)
                return -1;
            if ((wd = digits(q, 1)) < 0) return -1;
        }
        if (iso_to_ymd(year, week, wd, y, m, d) < 0) {
            Err_Clear(); /* a week date out of range reads as malformed */
            return -1;
        }
        return 0;
    }
    if (left != (dash ? 5 : 4)) return -1;
    int month = digits(p, 2);
    if (dash && p[2] != '-') return -1;
    int day = digits(p + 2 + dash, 2);
    if (month < 0 || day < 0) return -1;
    if (Cal_CheckDate(year, month, day) < 0) return -2;
    *y = year, *m = month, *d = day;
    return 0;
}

/* s as UCS4 into a malloc'd buffer (freed by the caller). */
uint32_t *DT_StrChars(Object *s, ssize_t *n) {
    *n = STR_LEN(s);
    uint32_t *buf = malloc(sizeof *buf * (size_t)(*n + 1));
    if (!buf) {
        Err_NoMemory();
        return NULL;
    }
    for (ssize_t i = 0; i < *n; i++) buf[i] = STR_CHAR(s, i);
    buf[*n] = 0;
    return buf;
}

static Object *date_fromisoformat(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    (void)nargs, (void)kwnames;
    if (!Str_Check(args[0])) {
        Err_SetString(Exc_TypeError, "fromisoformat: argument must be str");
        return NULL;
    }
    ssize_t n;
    uint32_t *s = DT_StrChars(args[0], &n);
    if (!s) return NULL;
    int y, m, d;
    int r = Date_ParseIso(s, n, &y, &m, &d);
    free(s);
    if (r == -1) Err_Format(Exc_ValueError, "Invalid isoformat string: %R", args[0]);
    if (r < 0) return NULL;
    return Date_FromYmd((Type *)cls, y, m, d);
}

/* cls.strptime through _strptime's helper of that name. */
Object *DT_StrptimeVia(const char *helper, Object *cls, Object *const *args) {
    for (int i = 0; i < 2; i++)
        if (!Str_Check(args[i])) {
            Err_Format(Exc_TypeError, "strptime() argument %d must be str, not %s", i + 1, TYPE_NAME(args[i]));
            return NULL;
        }
    Object *mod = Import_ImportC("_strptime");
    if (!mod) return NULL;
    Object *call[3] = {cls, args[0], args[1]};
    Object *r = Obj_CallMethodC(mod, helper, call, 3);
    DECREF(mod);
    return r;
}

static Object *date_strptime(Object *cls, Object *const *args, size_t nargs, Object *kwnames) {
    (void)nargs, (void)kwnames;
    return DT_StrptimeVia("_strptime_datetime_date", cls, args);
}

/* ---- attributes and plain methods --------------------------------------------- */

static Object *date_year(Object *o) { return SMALL_FROM(DATE(o)->year); }
static Object *date_month(Object *o) { return SMALL_FROM(DATE(o)->month); }
static Object *date_day(Object *o) { return SMALL_FROM(DATE(o)->day); }

static int64_t ordinal_of(Object *o) { return Cal_ToOrdinal(DATE(o)->year, DATE(o)->month, DATE(o)->day); }

static Object *date_toordinal(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    return SMALL_FROM(ordinal_of(self));
}

static Object *date_weekday(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    return SMALL_FROM((ordinal_of(self) + 6) % 7);
}

static Object *date_isoweekday(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    return SMALL_FROM((ordinal_of(self) + 6) % 7 + 1);
}

Object *Date_IsoCalendar(Object *self) {
    int year = DATE(self)->year;
    int64_t ord = ordinal_of(self);
    /* the ISO year is the one whose week 1 Monday is the latest on or
     * before this day */
    int64_t monday1;
    for (int y = year + 1;; y--) {
        int64_t jan4 = Cal_ToOrdinal(y, 1, 4);
        monday1 = jan4 - (jan4 + 6) % 7;
        if (monday1 <= ord || y < year) {
            year = y;
            break;
        }
    }
    return DT_IsoCalendarDate_New(year, (int)((ord - monday1) / 7 + 1), (int)((ord + 6) % 7 + 1));
}

static Object *date_isocalendar(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    return Date_IsoCalendar(self);
}

int Date_AppendIso(StrBuilder *sb, int year, int month, int day, uint32_t sep) {
    char buf[24];
    int n = snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    if (SB_AppendASCII(sb, buf, n) < 0) return -1;
    return sep ? SB_AppendChar(sb, sep) : 0;
}

static Object *date_isoformat(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    char buf[24];
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", DATE(self)->year, DATE(self)->month, DATE(self)->day);
    return Str_FromUTF8(buf, -1);
}

static Object *date_str(Object *self) { return Obj_CallMethodC(self, "isoformat", NULL, 0); }

Object *Date_CtimeText(int y, int mo, int d, int h, int mi, int s) {
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[] = {"", "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char buf[64];
    snprintf(buf, sizeof buf, "%s %s %2d %02d:%02d:%02d %04d", days[Cal_Weekday(y, mo, d)], months[mo], d, h, mi, s,
             y);
    return Str_FromUTF8(buf, -1);
}

static Object *date_ctime(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    return Date_CtimeText(DATE(self)->year, DATE(self)->month, DATE(self)->day, 0, 0, 0);
}

/* The nine struct_time fields of a date and time. */
void DT_TimeFields(int fields[9], int y, int mo, int d, int h, int mi, int s, int dst) {
    fields[0] = y, fields[1] = mo, fields[2] = d, fields[3] = h, fields[4] = mi, fields[5] = s;
    fields[6] = Cal_Weekday(y, mo, d);
    fields[7] = Cal_DaysBeforeMonth(y, mo) + d;
    fields[8] = dst;
}

Object *DT_StructTime(const int fields[9]) {
    Object *items[9];
    for (int i = 0; i < 9; i++) items[i] = SMALL_FROM(fields[i]);
    Object *tuple = Tuple_FromArray(items, 9);
    Object *mod = tuple ? Import_ImportC("time") : NULL;
    Object *r = NULL;
    if (mod) {
        r = Obj_CallMethodC(mod, "struct_time", &tuple, 1);
        DECREF(mod);
    }
    XDECREF(tuple);
    return r;
}

static Object *date_timetuple(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    int f[9];
    DT_TimeFields(f, DATE(self)->year, DATE(self)->month, DATE(self)->day, 0, 0, 0, -1);
    return DT_StructTime(f);
}

/* date's strftime serves datetime too, as in CPython: the time fields and
 * the tzinfo of a datetime take part. */
static Object *date_strftime(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)nargs, (void)kwnames;
    int f[9];
    if (DateTime_Check(self)) {
        DateTime *d = (DateTime *)self;
        DT_TimeFields(f, d->year, d->month, d->day, d->hour, d->minute, d->second, -1);
        return DT_Strftime(args[0], f, d->microsecond, self);
    }
    DT_TimeFields(f, DATE(self)->year, DATE(self)->month, DATE(self)->day, 0, 0, 0, -1);
    return DT_Strftime(args[0], f, 0, NULL);
}

/* __format__ of date, time and datetime: str() for an empty spec, strftime
 * otherwise. */
Object *DT_Format(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)nargs, (void)kwnames;
    if (!Str_Check(args[0])) {
        Err_Format(Exc_TypeError, "format() argument 2 must be str, not %s", TYPE_NAME(args[0]));
        return NULL;
    }
    if (STR_LEN(args[0]) == 0) return Obj_Str(self);
    return Obj_CallMethodC(self, "strftime", args, 1);
}

static Object *date_replace(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)kwnames;
    int64_t v[3] = {DATE(self)->year, DATE(self)->month, DATE(self)->day};
    for (size_t i = 0; i < nargs; i++)
        if (args[i] && DT_IntArg(args[i], &v[i]) < 0) return NULL;
    if (Cal_CheckDate(v[0], v[1], v[2]) < 0) return NULL;
    return Date_FromYmd(TYPE(self), (int)v[0], (int)v[1], (int)v[2]);
}

static Object *date_reduce(Object *self, Object *const *args, size_t nargs, Object *kwnames) {
    (void)args, (void)nargs, (void)kwnames;
    unsigned char b[4] = {(unsigned char)(DATE(self)->year >> 8), (unsigned char)DATE(self)->year,
                          (unsigned char)DATE(self)->month, (unsigned char)DATE(self)->day};
    Object *state = Bytes_From(b, 4);
    if (!state) return NULL;
    Object *inner = Tuple_Pack(1, state);
    DECREF(state);
    if (!inner) return NULL;
    Object *r = Tuple_Pack(2, (Object *)TYPE(self), inner);
    DECREF(inner);
    return r;
}

static Object *date_repr(Object *self) {
    Object *prefix = DT_ReprPrefix(self);
    if (!prefix) return NULL;
    Object *r = Str_FromFormat("%U(%d, %d, %d)", prefix, DATE(self)->year, DATE(self)->month, DATE(self)->day);
    DECREF(prefix);
    return r;
}

static hash_t date_hash(Object *self) {
    Date *d = DATE(self);
    if (d->hash == -1) {
        unsigned char b[4] = {(unsigned char)(d->year >> 8), (unsigned char)d->year, (unsigned char)d->month,
                              (unsigned char)d->day};
        d->hash = Hash_Bytes(b, 4);
    }
    return d->hash;
}

static Object *date_richcompare(Object *a, Object *b, int op) {
    /* a date never orders against a datetime: that comparison is the
     * datetime's to refuse */
    if (!Date_Check(b) || DateTime_Check(a) || DateTime_Check(b)) return NEWREF(OBJ_NOTIMPL);
    int64_t x = ordinal_of(a), y = ordinal_of(b);
    RETURN_BOOL(Cmp_Holds(x < y ? -1 : x > y, 0, op));
}

/* date +- timedelta: whole days only, the rest of the timedelta ignored. */
static Object *date_shift(Object *date, Object *delta, int sign) {
    int64_t ord = ordinal_of(date) + sign * (int64_t)((Delta *)delta)->days;
    if (ord < 1 || ord > DT_MAXORDINAL) {
        Err_SetString(Exc_OverflowError, "date value out of range");
        return NULL;
    }
    return Date_FromOrdinal(TYPE(date), ord);
}

static Object *date_add(Object *a, Object *b) {
    if (DateTime_Check(a) || DateTime_Check(b)) return NEWREF(OBJ_NOTIMPL);
    if (Date_Check(a) && Delta_Check(b)) return date_shift(a, b, 1);
    if (Delta_Check(a) && Date_Check(b)) return date_shift(b, a, 1);
    return NEWREF(OBJ_NOTIMPL);
}

static Object *date_sub(Object *a, Object *b) {
    if (DateTime_Check(a) || DateTime_Check(b) || !Date_Check(a)) return NEWREF(OBJ_NOTIMPL);
    if (Delta_Check(b)) return date_shift(a, b, -1);
    if (Date_Check(b)) return Delta_New((int)(ordinal_of(a) - ordinal_of(b)), 0, 0);
    return NEWREF(OBJ_NOTIMPL);
}

static const MethodDef date_methods[] = {
    {"fromtimestamp", date_fromtimestamp, METH_CLASS,
     ARGS("($type, timestamp, /)", "Create a date from a POSIX timestamp.\n\nThe timestamp is a number, e.g. "
                                   "created via time.time(), that is\ninterpreted as local time.")},
    {"fromordinal", date_fromordinal, METH_CLASS,
     ARGS_F(ARG_NO_TEXT_SIG, "($type, ordinal, /)",
            "int -> date corresponding to a proleptic Gregorian ordinal.")},
    {"fromisoformat", date_fromisoformat, METH_CLASS,
     ARGS("($type, object, /)", "str -> Construct a date from a string in ISO 8601 format.")},
    {"fromisocalendar", date_fromisocalendar, METH_CLASS,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_GETARGS_STYLE, "($type, year, week, day)",
            "int, int, int -> Construct a date from the ISO year, week number and weekday.\n\n"
            "This is the inverse of the date.isocalendar() function")},
    {"strptime", date_strptime, METH_CLASS,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE, "($type, string, format, /)",
            "string, format -> new date parsed from a string (like time.strptime()).")},
    {"today", date_today, METH_CLASS,
     ARGS("($type, /)",
            "Current date or datetime:  same as self.__class__.fromtimestamp(time.time()).")},
    {"ctime", date_ctime, 0, ARGS("($self, /)", "Return ctime() style string.")},
    {"strftime", date_strftime, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_GETARGS_STYLE, "($self, format)", "format -> strftime() style string.")},
    {"__format__", DT_Format, 0, ARGS_F(ARG_NO_TEXT_SIG, "($self, format, /)", "Formats self with strftime.")},
    {"timetuple", date_timetuple, 0,
     ARGS("($self, /)", "Return time tuple, compatible with time.localtime().")},
    {"isocalendar", date_isocalendar, 0,
     ARGS("($self, /)", "Return a named tuple containing ISO year, week number, and weekday.")},
    {"isoformat", date_isoformat, 0,
     ARGS("($self, /)", "Return string in ISO 8601 format, YYYY-MM-DD.")},
    {"isoweekday", date_isoweekday, 0,
     ARGS("($self, /)",
            "Return the day of the week represented by the date.\nMonday == 1 ... Sunday == 7")},
    {"toordinal", date_toordinal, 0,
     ARGS("($self, /)", "Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1.")},
    {"weekday", date_weekday, 0,
     ARGS("($self, /)",
            "Return the day of the week represented by the date.\nMonday == 0 ... Sunday == 6")},
    {"replace", date_replace, 0,
     ARGS("($self, /, year=unchanged, month=unchanged, day=unchanged)", "Return date with new specified fields.")},
    {"__replace__", DT_Replace, 0, ARGS_F(ARG_UNCHECKED, "($self, /, **changes)", "The same as replace().")},
    {"__reduce__", date_reduce, 0, ARGS("($self, /)", "__reduce__() -> (cls, state)")},
    {NULL, NULL, 0, NULL},
};

static const GetSetDef date_getset[] = {
    {"year", date_year, NULL, NULL},
    {"month", date_month, NULL, NULL},
    {"day", date_day, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static void date_dealloc(Object *o) { Obj_Free(o); }

Type Date_Type = {
    .ob = OBJ_HEAD_INIT(&Type_Type),
    .name = "datetime.date",
    .basicsize = sizeof(Date),
    .flags = TPFLAG_BASETYPE,
    .doc = "date(year, month, day) --> date object",
    .args = ARGS_F(ARG_NO_TEXT_SIG | ARG_GETARGS_STYLE | ARG_UNNAMED, "(year, month, day)", NULL),
    .dealloc = date_dealloc,
    .repr = date_repr,
    .str = date_str,
    .hash = date_hash,
    .richcompare = date_richcompare,
    .nb = {[NB_ADD] = date_add, [NB_SUBTRACT] = date_sub},
    .new_ = date_new,
    .methods = date_methods,
    .getset = date_getset,
};

int Date_Ready(void) {
    Object *vals[3] = {date_alloc(&Date_Type, 1, 1, 1), date_alloc(&Date_Type, 9999, 12, 31), Delta_New(1, 0, 0)};
    static const char *const names[3] = {"min", "max", "resolution"};
    for (int i = 0; i < 3; i++) {
        if (!vals[i] || Dict_SetStr(Date_Type.dict, names[i], vals[i]) < 0) return -1;
        Obj_Share(vals[i]);
    }
    return 0;
}
