/* The time module: clocks, sleep, the calendar of gmtime(), localtime() and
 * mktime() as struct_time, strftime() through the C library's wcsftime (as
 * CPython on Linux), asctime()/ctime(), the time zone attributes and
 * tzset().  strptime() is Python: it calls lib/_strptime.py. */
#include "abstract.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/namespace.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "objects/tuple.h"
#include "runtime/args.h"
#include "runtime/audit.h"
#include "runtime/err.h"
#include "runtime/import.h"
#include "runtime/signals.h"
#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wchar.h>

/* ---- clocks ----------------------------------------------------------------- */

static int64_t clock_ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static Object *seconds(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return Float_From((double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
}

#define CLOCK_FUNCS(name, id)                                                                   \
    static Object *time_##name(Object *m, Object *const *a, size_t n, Object *kw) {             \
        return seconds(id);                                                                     \
    }                                                                                           \
    static Object *time_##name##_ns(Object *m, Object *const *a, size_t n, Object *kw) {        \
        return Int_FromI64(clock_ns(id));                                                       \
    }
CLOCK_FUNCS(time, CLOCK_REALTIME)
CLOCK_FUNCS(monotonic, CLOCK_MONOTONIC)
CLOCK_FUNCS(perf_counter, CLOCK_MONOTONIC)
CLOCK_FUNCS(process_time, CLOCK_PROCESS_CPUTIME_ID)
CLOCK_FUNCS(thread_time, CLOCK_THREAD_CPUTIME_ID)

/* A duration or time in seconds (an int or a float) as a double, with
 * CPython's errors: its clocks count nanoseconds in 64 bits. */
static int seconds_object(Object *o, double *out) {
    if (Float_Check(o)) {
        double d = FLOAT_VAL(o);
        if (isnan(d)) {
            Err_SetString(Exc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        if (!(fabs(d) < 9223372036.0)) goto range;
        *out = d;
        return 0;
    }
    if (!Int_Check(o) && !Index_Check(o)) {
        Err_Format(Exc_TypeError, "'%s' object cannot be interpreted as an integer or float", TYPE_NAME(o));
        return -1;
    }
    int64_t v;
    if (Int_AsI64(o, &v) < 0) {
        if (!Err_Matches(Exc_OverflowError)) return -1;
        Err_Clear();
        goto range;
    }
    if (v > 9223372036 || v < -9223372036) goto range;
    *out = (double)v;
    return 0;
range:
    Err_SetString(Exc_OverflowError, "timestamp out of range for C PyTime_t");
    return -1;
}

static Object *time_sleep(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    double secs;
    if (seconds_object(args[0], &secs) < 0) return NULL;
    if (secs < 0) {
        Err_SetString(Exc_ValueError, "sleep length must be non-negative");
        return NULL;
    }
    if (Audit_Eventf("time.sleep", "O", args[0]) < 0) return NULL;
    struct timespec ts = {(time_t)secs, (long)((secs - (double)(time_t)secs) * 1e9)};
    /* PEP 475: an interrupted sleep runs the signal handlers, then sleeps
     * what is left unless one of them raised */
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
        if (Signals_Run() < 0) return NULL;
    }
    return NEWREF(OBJ_NONE);
}

/* The clk_id of clock_gettime(): "clk_id should be integer, not str". */
static int clock_id_arg(Object *o, clockid_t *out) {
    int v;
    if (!Int_Check(o) || Arg_AsInt(o, &v) < 0) {
        Err_Clear();
        Err_Format(Exc_TypeError, "clk_id should be integer, not %s", TYPE_NAME(o));
        return -1;
    }
    *out = (clockid_t)v;
    return 0;
}

static Object *time_clock_gettime(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    clockid_t id;
    struct timespec ts;
    if (clock_id_arg(args[0], &id) < 0) return NULL;
    if (clock_gettime(id, &ts) != 0) return Err_FromErrno(Exc_OSError);
    return Float_From((double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
}

static Object *time_clock_gettime_ns(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    clockid_t id;
    struct timespec ts;
    if (clock_id_arg(args[0], &id) < 0) return NULL;
    if (clock_gettime(id, &ts) != 0) return Err_FromErrno(Exc_OSError);
    return Int_FromI64((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
}

static Object *time_clock_getres(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int id;
    struct timespec ts;
    if (Arg_AsInt(args[0], &id) < 0) return NULL;
    if (clock_getres((clockid_t)id, &ts) != 0) return Err_FromErrno(Exc_OSError);
    return Float_From((double)ts.tv_sec + (double)ts.tv_nsec * 1e-9);
}

static Object *time_clock_settime(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int id;
    double secs;
    if (Arg_AsInt(args[0], &id) < 0 || seconds_object(args[1], &secs) < 0) return NULL;
    double whole = floor(secs);
    struct timespec ts = {(time_t)whole, (long)((secs - whole) * 1e9)};
    if (clock_settime((clockid_t)id, &ts) != 0) return Err_FromErrno(Exc_OSError);
    return NEWREF(OBJ_NONE);
}

static Object *time_clock_settime_ns(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    int id;
    int64_t ns;
    if (Arg_AsInt(args[0], &id) < 0) return NULL;
    if (!Int_Check(args[1])) {
        Err_Format(Exc_TypeError, "expect int, got %s", TYPE_NAME(args[1]));
        return NULL;
    }
    if (Int_AsI64(args[1], &ns) < 0) {
        Err_Clear();
        Err_SetString(Exc_OverflowError, "timestamp too large to convert to C PyTime_t");
        return NULL;
    }
    int64_t sec = ns / 1000000000, rem = ns % 1000000000;
    if (rem < 0) rem += 1000000000, sec--;
    struct timespec ts = {(time_t)sec, (long)rem};
    if (clock_settime((clockid_t)id, &ts) != 0) return Err_FromErrno(Exc_OSError);
    return NEWREF(OBJ_NONE);
}

/* Only the calling thread exists for a program here: its clock, and ESRCH
 * (as the C library would say) for any other id. */
static Object *time_pthread_getcpuclockid(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    if (!Int_Check(args[0])) {
        Err_Format(Exc_TypeError, "pthread_getcpuclockid() argument 1 must be int, not %s", ARG_TYPE_NAME(args[0]));
        return NULL;
    }
    int64_t v;
    if (Int_AsI64(args[0], &v) < 0) return NULL;
    clockid_t id;
    int r = (pthread_t)(uint64_t)v == pthread_self() ? pthread_getcpuclockid(pthread_self(), &id) : ESRCH;
    if (r != 0) {
        errno = r;
        return Err_FromErrno(Exc_OSError);
    }
    return Int_FromI64(id);
}

/* get_clock_info(name): the namespace CPython 3.14 reports on Linux. */
static Object *time_get_clock_info(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    static const struct {
        const char *name, *impl;
        clockid_t id;
        bool monotonic;
    } clocks[] = {
        {"time", "clock_gettime(CLOCK_REALTIME)", CLOCK_REALTIME, false},
        {"monotonic", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, true},
        {"perf_counter", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, true},
        {"process_time", "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", CLOCK_PROCESS_CPUTIME_ID, true},
        {"thread_time", "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", CLOCK_THREAD_CPUTIME_ID, true},
    };
    if (!Str_Check(args[0])) {
        Err_Format(Exc_TypeError, "get_clock_info() argument 1 must be str, not %s", ARG_TYPE_NAME(args[0]));
        return NULL;
    }
    for (size_t i = 0; i < sizeof clocks / sizeof *clocks; i++) {
        if (!Str_EqC(args[0], clocks[i].name)) continue;
        struct timespec res;
        double resolution = clock_getres(clocks[i].id, &res) == 0 ? res.tv_sec + res.tv_nsec * 1e-9 : 1e-9;
        Object *d = Dict_New(), *impl = Str_FromUTF8(clocks[i].impl, -1), *res_obj = Float_From(resolution);
        Object *r = NULL;
        if (d && impl && res_obj && Dict_SetStr(d, "implementation", impl) == 0 &&
            Dict_SetStr(d, "monotonic", clocks[i].monotonic ? OBJ_TRUE : OBJ_FALSE) == 0 &&
            Dict_SetStr(d, "adjustable", clocks[i].monotonic ? OBJ_FALSE : OBJ_TRUE) == 0 &&
            Dict_SetStr(d, "resolution", res_obj) == 0)
            r = Namespace_New(d);
        XDECREF(d);
        XDECREF(impl);
        XDECREF(res_obj);
        return r;
    }
    Err_SetString(Exc_ValueError, "unknown clock");
    return NULL;
}

/* ---- struct_time ------------------------------------------------------------ */

static const StructSeqField struct_time_fields[] = {
    {"tm_year", "year, for example, 1993"},
    {"tm_mon", "month of year, range [1, 12]"},
    {"tm_mday", "day of month, range [1, 31]"},
    {"tm_hour", "hours, range [0, 23]"},
    {"tm_min", "minutes, range [0, 59]"},
    {"tm_sec", "seconds, range [0, 61])"},
    {"tm_wday", "day of week, range [0, 6], Monday is 0"},
    {"tm_yday", "day of year, range [1, 366]"},
    {"tm_isdst", "1 if summer time is in effect, 0 if not, and -1 if unknown"},
    {"tm_zone", "abbreviation of timezone name"},
    {"tm_gmtoff", "offset from UTC in seconds"},
    {NULL, NULL},
};
static StructSeqType struct_time_type = STRUCTSEQ_TYPE(
    "time.struct_time",
    "The time value as returned by gmtime(), localtime(), and strptime(), and\n"
    " accepted by asctime(), mktime() and strftime().  May be considered as a\n"
    " sequence of 9 integers.\n\n"
    " Note that several fields' values are not the same as those defined by\n"
    " the C language standard for struct tm.  For example, the value of the\n"
    " field tm_year is the actual year, not year - 1900.  See individual\n"
    " fields' descriptions for details.",
    struct_time_fields, 9, true);

static Object *struct_time_from_tm(const struct tm *tm) {
    Object *items[11] = {
        Int_FromI64((int64_t)tm->tm_year + 1900), SMALL_FROM(tm->tm_mon + 1), SMALL_FROM(tm->tm_mday),
        SMALL_FROM(tm->tm_hour), SMALL_FROM(tm->tm_min), SMALL_FROM(tm->tm_sec), SMALL_FROM((tm->tm_wday + 6) % 7),
        SMALL_FROM(tm->tm_yday + 1), SMALL_FROM(tm->tm_isdst),
        tm->tm_zone ? Str_Decode(tm->tm_zone, (ssize_t)strlen(tm->tm_zone), "utf-8", "surrogateescape")
                    : NEWREF(OBJ_NONE),
        Int_FromI64(tm->tm_gmtoff),
    };
    return StructSeq_New(&struct_time_type, items);
}

/* The seconds argument of gmtime()/localtime()/ctime(): None is now; a
 * float is rounded down; CPython's errors for NaN and values beyond time_t. */
static int seconds_arg(Object *const *args, size_t nargs, time_t *out) {
    if (nargs == 0 || !args[0] || args[0] == OBJ_NONE) {
        *out = time(NULL);
        return 0;
    }
    Object *v = args[0];
    if (Float_Check(v)) {
        double d = floor(FLOAT_VAL(v));
        if (isnan(d)) {
            Err_SetString(Exc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        if (!(d >= -0x1p63 && d < 0x1p63)) goto overflow;
        *out = (time_t)d;
        return 0;
    }
    Object *i = Obj_Index(v);
    if (!i) return -1;
    int64_t x;
    int r = Int_AsI64(i, &x);
    DECREF(i);
    if (r < 0) {
        if (!Err_Matches(Exc_OverflowError)) return -1;
        Err_Clear();
        goto overflow;
    }
    *out = (time_t)x;
    return 0;
overflow:
    Err_SetString(Exc_OverflowError, "timestamp out of range for platform time_t");
    return -1;
}

/* The C library keeps the time zone in process-wide state that tzset()
 * sets and localtime_r(), mktime() and strftime() read.  Its own lock
 * guards that state where a thread sanitizer cannot see it, so
 * interpreters on several threads also take this one around each call. */
static pthread_mutex_t tz_lock = PTHREAD_MUTEX_INITIALIZER;

static void tz_set(void) {
    pthread_mutex_lock(&tz_lock);
    tzset();
    pthread_mutex_unlock(&tz_lock);
}

static struct tm *tz_localtime(const time_t *t, struct tm *tm) {
    pthread_mutex_lock(&tz_lock);
    struct tm *r = localtime_r(t, tm);
    int saved = errno;
    pthread_mutex_unlock(&tz_lock);
    errno = saved;
    return r;
}

static time_t tz_mktime(struct tm *tm) {
    pthread_mutex_lock(&tz_lock);
    time_t t = mktime(tm);
    pthread_mutex_unlock(&tz_lock);
    return t;
}

static size_t tz_wcsftime(wchar_t *out, size_t cap, const wchar_t *fmt, const struct tm *tm) {
    pthread_mutex_lock(&tz_lock);
    size_t n = wcsftime(out, cap, fmt, tm);
    pthread_mutex_unlock(&tz_lock);
    return n;
}

static int calendar_tm(Object *const *args, size_t nargs, bool local, struct tm *tm) {
    time_t t;
    if (seconds_arg(args, nargs, &t) < 0) return -1;
    errno = 0;
    if (!(local ? tz_localtime(&t, tm) : gmtime_r(&t, tm))) {
        if (errno == 0) errno = EINVAL;
        Err_FromErrno(Exc_OSError);
        return -1;
    }
    return 0;
}

static Object *time_gmtime(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    struct tm tm;
    return calendar_tm(args, nargs, false, &tm) < 0 ? NULL : struct_time_from_tm(&tm);
}

static Object *time_localtime(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    struct tm tm;
    return calendar_tm(args, nargs, true, &tm) < 0 ? NULL : struct_time_from_tm(&tm);
}

/* A time tuple (a tuple of 9 ints, or a struct_time, whose zone and offset
 * then count too) as a struct tm, with CPython's errors; fname words the
 * error of a tuple of the wrong length ("mktime"). */
static int tuple_to_tm(Object *t, const char *fname, struct tm *tm) {
    memset(tm, 0, sizeof *tm);
    if (!Tuple_Check(t)) {
        Err_SetString(Exc_TypeError, "Tuple or struct_time argument required");
        return -1;
    }
    if (TUPLE_LEN(t) != 9) {
        Err_Format(Exc_TypeError, "%s(): illegal time tuple argument", fname);
        return -1;
    }
    int v[9];
    for (int i = 0; i < 9; i++)
        if (Arg_AsInt(TUPLE_GET(t, i), &v[i]) < 0) return -1;
    if (v[0] < INT_MIN + 1900) {
        Err_SetString(Exc_OverflowError, "year out of range");
        return -1;
    }
    tm->tm_year = v[0] - 1900;
    tm->tm_mon = v[1] - 1;
    tm->tm_mday = v[2];
    tm->tm_hour = v[3];
    tm->tm_min = v[4];
    tm->tm_sec = v[5];
    tm->tm_wday = (v[6] + 1) % 7;
    tm->tm_yday = v[7] - 1;
    tm->tm_isdst = v[8];
    if (TYPE(t) == &struct_time_type.type) {
        /* the zone stays valid while t lives: its UTF-8 form is cached */
        Object *zone = TUPLE_GET(t, 9), *off = TUPLE_GET(t, 10);
        if (zone != OBJ_NONE) {
            tm->tm_zone = Str_Check(zone) ? Str_AsUTF8(zone, NULL) : NULL;
            if (!tm->tm_zone) {
                if (!Err_Occurred()) Err_SetString(Exc_TypeError, "bad argument type for built-in operation");
                return -1;
            }
        }
        if (off != OBJ_NONE) {
            int64_t g;
            if (Int_AsI64(off, &g) < 0) return -1;
            tm->tm_gmtoff = (long)g;
        }
    }
    return 0;
}

/* The checks and adjustments strftime() and asctime() make: a 0 where a
 * field counts from 1 stands for its first value. */
static int check_tm(struct tm *tm) {
    static const struct {
        int lo, hi;
        const char *what;
    } range[] = {{0, 11, "month"}, {0, 31, "day of month"}, {0, 23, "hour"}, {0, 59, "minute"},
                 {0, 61, "seconds"}, {0, 6, "day of week"}, {0, 365, "day of year"}};
    if (tm->tm_mon == -1) tm->tm_mon = 0;
    if (tm->tm_mday == 0) tm->tm_mday = 1;
    if (tm->tm_yday == -1) tm->tm_yday = 0;
    int *field[] = {&tm->tm_mon, &tm->tm_mday, &tm->tm_hour, &tm->tm_min, &tm->tm_sec, &tm->tm_wday, &tm->tm_yday};
    for (size_t i = 0; i < sizeof field / sizeof *field; i++) {
        if (*field[i] < range[i].lo || *field[i] > range[i].hi) {
            Err_Format(Exc_ValueError, "%s out of range", range[i].what);
            return -1;
        }
    }
    return 0;
}

static Object *time_mktime(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    struct tm tm;
    if (tuple_to_tm(args[0], "mktime", &tm) < 0) return NULL;
    tm.tm_wday = -1; /* still -1 afterwards: mktime failed, whatever it returned */
    time_t t = tz_mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1) {
        Err_SetString(Exc_OverflowError, "mktime argument out of range");
        return NULL;
    }
    return Float_From((double)t);
}

/* Fills tm from the optional time tuple argument (NULL or absent: now). */
static int time_arg(Object *const *args, size_t nargs, size_t i, const char *fname, struct tm *tm) {
    if (nargs <= i || !args[i]) return calendar_tm(NULL, 0, true, tm);
    return tuple_to_tm(args[i], fname, tm) < 0 || check_tm(tm) < 0 ? -1 : 0;
}

/* The LC_CTYPE locale CPython's strftime runs in: its start-up makes it
 * C.UTF-8 (PEP 538), which decides how wcsftime reads tm_zone.  The
 * process itself stays in the C locale. */
static locale_t utf8_locale;
static pthread_once_t utf8_locale_once = PTHREAD_ONCE_INIT;
static void make_utf8_locale(void) { utf8_locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0); }

/* strftime's format: the C library formats each piece between NUL
 * characters (which it cannot see), wide characters in and out as
 * CPython's wcsftime does, so any code point passes through. */
static int format_piece(StrBuilder *sb, const uint32_t *fmt, size_t len, const struct tm *tm) {
    if (len == 0) return 0;
    wchar_t *wfmt = malloc((len + 1) * sizeof(wchar_t));
    if (!wfmt) return Err_NoMemory(), -1;
    for (size_t i = 0; i < len; i++) wfmt[i] = (wchar_t)fmt[i];
    wfmt[len] = 0;
    /* an empty result is also how a short buffer shows: grow, doubling,
     * until the buffer holds 256 characters per character of the format
     * (CPython's limit: a longer result comes out empty) */
    size_t limit = len * 256, n = 0;
    int r = 0;
    pthread_once(&utf8_locale_once, make_utf8_locale);
    for (size_t cap = 1024;; cap *= 2) {
        wchar_t *out = malloc(cap * sizeof(wchar_t));
        if (!out) {
            r = (Err_NoMemory(), -1);
            break;
        }
        locale_t saved = utf8_locale ? uselocale(utf8_locale) : (locale_t)0;
        n = tz_wcsftime(out, cap, wfmt, tm);
        if (saved) uselocale(saved);
        if (n > 0 || cap >= limit) {
            for (size_t i = 0; r == 0 && i < n; i++) r = SB_AppendChar(sb, (uint32_t)out[i]);
            free(out);
            break;
        }
        free(out);
    }
    free(wfmt);
    return r;
}

static Object *time_strftime(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    if (!Str_Check(args[0])) {
        Err_Format(Exc_TypeError, "strftime() argument 1 must be str, not %s", ARG_TYPE_NAME(args[0]));
        return NULL;
    }
    struct tm tm;
    if (time_arg(args, nargs, 1, "strftime", &tm) < 0) return NULL;
    if (tm.tm_isdst < -1) tm.tm_isdst = -1;
    if (tm.tm_isdst > 1) tm.tm_isdst = 1;
    Object *fmt = args[0];
    ssize_t len = STR_LEN(fmt);
    uint32_t *cps = malloc(((size_t)len + 1) * sizeof(uint32_t));
    if (!cps) return Err_NoMemory();
    ssize_t n = 0;
    for (ssize_t i = 0; i < len; i++) {
        cps[n++] = STR_CHAR(fmt, i);
        if (STR_CHAR(fmt, i) != '%' || i + 1 >= len) continue;
        /* a directive: CPython's %Z keeps the zone's case whatever the
         * flags, where the C library's "#" would lower it */
        ssize_t end = i + 1;
        while (end < len && strchr("_-0^#", (int)STR_CHAR(fmt, end)) && STR_CHAR(fmt, end)) end++;
        while (end < len && STR_CHAR(fmt, end) >= '0' && STR_CHAR(fmt, end) <= '9') end++;
        if (end + 1 < len && (STR_CHAR(fmt, end) == 'E' || STR_CHAR(fmt, end) == 'O')) end++;
        bool zone = end < len && STR_CHAR(fmt, end) == 'Z';
        for (ssize_t k = i + 1; k <= end && k < len; k++)
            if (!(zone && STR_CHAR(fmt, k) == '#')) cps[n++] = STR_CHAR(fmt, k);
        i = end < len ? end : len - 1;
    }
    len = n;
    StrBuilder sb;
    SB_Init(&sb);
    int r = 0;
    ssize_t start = 0;
    for (ssize_t i = 0; r == 0 && i <= len; i++) {
        if (i < len && cps[i] != 0) continue;
        r = format_piece(&sb, cps + start, (size_t)(i - start), &tm);
        if (r == 0 && i < len) r = SB_AppendChar(&sb, 0);
        start = i + 1;
    }
    free(cps);
    if (r < 0) {
        SB_Discard(&sb);
        return NULL;
    }
    return SB_Finish(&sb);
}

/* "Sun Sep 16 01:03:52 1973", as asctime() and ctime() write it. */
static Object *asctime_text(const struct tm *tm) {
    static const char days[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char months[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return Str_FromFormat("%s %s%3d %.2d:%.2d:%.2d %lld", days[tm->tm_wday], months[tm->tm_mon], tm->tm_mday,
                          tm->tm_hour, tm->tm_min, tm->tm_sec, (long long)tm->tm_year + 1900);
}

static Object *time_asctime(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    struct tm tm;
    return time_arg(args, nargs, 0, "asctime", &tm) < 0 ? NULL : asctime_text(&tm);
}

static Object *time_ctime(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    struct tm tm;
    return calendar_tm(args, nargs, true, &tm) < 0 ? NULL : asctime_text(&tm);
}

/* strptime(string, format): _strptime._strptime_time, as CPython calls it. */
static Object *time_strptime(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    Object *mod = Import_ImportC("_strptime");
    if (!mod) return NULL;
    Object *f = Obj_GetAttrC(mod, "_strptime_time");
    DECREF(mod);
    if (!f) return NULL;
    Object *r = Obj_Call(f, args, nargs, NULL);
    DECREF(f);
    return r;
}

/* ---- the time zone ------------------------------------------------------------ */

/* timezone, altzone, daylight and tzname from the offsets and names of
 * January and July of this year, the southern hemisphere's summer first. */
static int set_timezone(Object *module) {
    const time_t year = (time_t)((365 * 24 + 6) * 3600);
    time_t t = (time(NULL) / year) * year;
    struct tm jan, jul;
    if (!tz_localtime(&t, &jan)) memset(&jan, 0, sizeof jan);
    t += year / 2;
    if (!tz_localtime(&t, &jul)) memset(&jul, 0, sizeof jul);
    long janzone = -jan.tm_gmtoff, julzone = -jul.tm_gmtoff;
    const char *janname = jan.tm_zone ? jan.tm_zone : "", *julname = jul.tm_zone ? jul.tm_zone : "";
    bool reversed = janzone < julzone;
    Object *std = Str_Decode(reversed ? julname : janname, (ssize_t)strlen(reversed ? julname : janname), "utf-8",
                             "surrogateescape");
    Object *dst = Str_Decode(reversed ? janname : julname, (ssize_t)strlen(reversed ? janname : julname), "utf-8",
                             "surrogateescape");
    Object *names = std && dst ? Tuple_Pack(2, std, dst) : NULL;
    XDECREF(std);
    XDECREF(dst);
    return Module_AddObjectSteal(module, "timezone", Int_FromI64(reversed ? julzone : janzone)) < 0 ||
                   Module_AddObjectSteal(module, "altzone", Int_FromI64(reversed ? janzone : julzone)) < 0 ||
                   Module_AddObjectSteal(module, "daylight", Int_FromI64(janzone != julzone)) < 0 ||
                   Module_AddObjectSteal(module, "tzname", names) < 0
               ? -1
               : 0;
}

static Object *time_tzset(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    tz_set();
    return set_timezone(m) < 0 ? NULL : NEWREF(OBJ_NONE);
}

static const MethodDef time_functions[] = {
    {"time", time_time, 0, ARGS("($self, /)", "time() -> floating-point number")},
    {"time_ns", time_time_ns, 0, ARGS("($self, /)", "time_ns() -> int")},
    {"monotonic", time_monotonic, 0, ARGS("($self, /)", "monotonic() -> float")},
    {"monotonic_ns", time_monotonic_ns, 0, ARGS("($self, /)", "monotonic_ns() -> int")},
    {"perf_counter", time_perf_counter, 0, ARGS("($self, /)", "perf_counter() -> float")},
    {"perf_counter_ns", time_perf_counter_ns, 0, ARGS("($self, /)", "perf_counter_ns() -> int")},
    {"process_time", time_process_time, 0, ARGS("($self, /)", "process_time() -> float")},
    {"process_time_ns", time_process_time_ns, 0, ARGS("($self, /)", "process_time() -> int")},
    {"thread_time", time_thread_time, 0, ARGS("($self, /)", "thread_time() -> float")},
    {"thread_time_ns", time_thread_time_ns, 0, ARGS("($self, /)", "thread_time() -> int")},
    {"sleep", time_sleep, 0, ARGS("($self, object, /)", "sleep(seconds)")},
    {"gmtime", time_gmtime, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE, "($module, seconds=None, /)",
            "gmtime([seconds]) -> (tm_year, tm_mon, tm_mday, tm_hour, tm_min,")},
    {"localtime", time_localtime, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE, "($module, seconds=None, /)",
            "localtime([seconds]) -> (tm_year,tm_mon,tm_mday,tm_hour,tm_min,")},
    {"mktime", time_mktime, 0, ARGS("($self, object, /)", "mktime(time_tuple) -> floating-point number")},
    {"strftime", time_strftime, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE, "($module, format, time_tuple=None, /)",
            "strftime(format[, time_tuple]) -> string")},
    {"strptime", time_strptime, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE, "($module, *args)", "strptime(string[, format]) -> struct_time")},
    {"asctime", time_asctime, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_COUNT_STYLE | ARG_BARE_NAME, "($module, time_tuple=None, /)",
            "asctime([time_tuple]) -> string")},
    {"ctime", time_ctime, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE, "($module, seconds=None, /)", "ctime([seconds]) -> string")},
    {"tzset", time_tzset, 0, ARGS("($self, /)", "tzset()")},
    {"get_clock_info", time_get_clock_info, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE, "($module, name, /)", "get_clock_info(name: str) -> dict")},
    {"clock_gettime", time_clock_gettime, 0,
     ARGS("($module, clk_id, /)", "Return the time of the specified clock clk_id as a float.")},
    {"clock_gettime_ns", time_clock_gettime_ns, 0,
     ARGS("($module, clk_id, /)", "Return the time of the specified clock clk_id as nanoseconds (int).")},
    {"clock_getres", time_clock_getres, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE, "($module, clk_id, /)",
            "clock_getres(clk_id) -> floating-point number")},
    {"clock_settime", time_clock_settime, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE, "($module, clk_id, time, /)", "clock_settime(clk_id, time)")},
    {"clock_settime_ns", time_clock_settime_ns, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE, "($module, clk_id, time, /)", "clock_settime_ns(clk_id, time)")},
    {"pthread_getcpuclockid", time_pthread_getcpuclockid, 0,
     ARGS_F(ARG_NO_TEXT_SIG | ARG_TUPLE_STYLE, "($module, thread_id, /)",
            "pthread_getcpuclockid(thread_id) -> int")},
    {NULL, NULL, 0, NULL},
};

Type *const Time_Types[] = {&struct_time_type.type, NULL};

int Time_Ready(void) { return StructSeq_Ready(&struct_time_type); }

static const char time_doc[] = "This module provides various functions to manipulate time values.\n"
    "\n"
    "There are two standard representations of time.  One is the number\n"
    "of seconds since the Epoch, in UTC (a.k.a. GMT).  It may be an integer\n"
    "or a floating-point number (to represent fractions of seconds).\n"
    "The epoch is the point where the time starts, the return value of time.gmtime(0).\n"
    "It is January 1, 1970, 00:00:00 (UTC) on all platforms.\n"
    "\n"
    "The other representation is a tuple of 9 integers giving local time.\n"
    "The tuple items are:\n"
    "  year (including century, e.g. 1998)\n"
    "  month (1-12)\n"
    "  day (1-31)\n"
    "  hours (0-23)\n"
    "  minutes (0-59)\n"
    "  seconds (0-59)\n"
    "  weekday (0-6, Monday is 0)\n"
    "  Julian day (day in the year, 1-366)\n"
    "  DST (Daylight Savings Time) flag (-1, 0 or 1)\n"
    "If the DST flag is 0, the time is given in the regular time zone;\n"
    "if it is 1, the time is given in the DST time zone;\n"
    "if it is -1, mktime() should guess based on the date and time.\n";

int Time_Init(Object *module) {
    static const struct {
        const char *name;
        int value;
    } constants[] = {
        {"CLOCK_BOOTTIME", CLOCK_BOOTTIME},
        {"CLOCK_MONOTONIC", CLOCK_MONOTONIC},
        {"CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW},
        {"CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID},
        {"CLOCK_REALTIME", CLOCK_REALTIME},
        {"CLOCK_TAI", CLOCK_TAI},
        {"CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID},
        {"_STRUCT_TM_ITEMS", 11},
    };
    if (Module_AddFunctions(module, time_functions) < 0 ||
        Module_AddObjectSteal(module, "__doc__", Str_FromUTF8(time_doc, -1)) < 0)
        return -1;
    for (size_t i = 0; i < sizeof constants / sizeof *constants; i++)
        if (Module_AddObjectSteal(module, constants[i].name, SMALL_FROM(constants[i].value)) < 0) return -1;
    tz_set();
    if (set_timezone(module) < 0) return -1;
    return Module_AddObject(module, "struct_time", (Object *)&struct_time_type);
}
