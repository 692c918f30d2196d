/* The time module: clocks, sleep, and the calendar of gmtime() and
 * localtime() as struct_time.  (mktime, strftime and friends are not
 * provided yet.) */
#include "abstract.h"
#include "modules/modules.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "runtime/args.h"
#include "runtime/err.h"
#include "runtime/signals.h"
#include <errno.h>
#include <math.h>
#include <string.h>
#include <time.h>

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

static Object *time_sleep(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    double secs = Float_AsDouble(args[0]);
    if (secs == -1.0 && Err_Occurred()) {
        Err_Clear();
        Err_Format(Exc_TypeError, "'%s' object cannot be interpreted as an integer or float", TYPE_NAME(args[0]));
        return NULL;
    }
    if (secs < 0) {
        Err_SetString(Exc_ValueError, "sleep length must be non-negative");
        return NULL;
    }
    struct timespec ts = {(time_t)secs, (long)((secs - (double)(time_t)secs) * 1e9)};
    /* PEP 475: an interrupted sleep runs the signal handlers, then sleeps
     * what is left unless one of them raised */
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
        if (Signals_Run() < 0) return NULL;
    }
    return NEWREF(OBJ_NONE);
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
        tm->tm_zone ? Str_FromUTF8(tm->tm_zone, -1) : NEWREF(OBJ_NONE), Int_FromI64(tm->tm_gmtoff),
    };
    return StructSeq_New(&struct_time_type, items);
}

/* The seconds argument of gmtime()/localtime(): None is now; a float is
 * rounded down; CPython's errors for NaN and values beyond time_t. */
static int seconds_arg(const char *fname, Object *const *args, size_t nargs, Object *kwnames, time_t *out) {
    if (nargs == 0 || args[0] == OBJ_NONE) {
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

static Object *calendar(const char *fname, Object *const *args, size_t nargs, Object *kwnames, bool local) {
    time_t t;
    if (seconds_arg(fname, args, nargs, kwnames, &t) < 0) return NULL;
    struct tm tm;
    errno = 0;
    if (!(local ? localtime_r(&t, &tm) : gmtime_r(&t, &tm))) return Err_FromErrno(Exc_OSError);
    return struct_time_from_tm(&tm);
}

static Object *time_gmtime(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return calendar("gmtime()", args, nargs, kwnames, false);
}

static Object *time_localtime(Object *m, Object *const *args, size_t nargs, Object *kwnames) {
    return calendar("localtime()", args, nargs, kwnames, true);
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
    {NULL, NULL, 0, NULL},
};

Type *const Time_Types[] = {&struct_time_type.type, NULL};

int Time_Ready(void) { return StructSeq_Ready(&struct_time_type); }

int Time_Init(Object *module) {
    if (Module_AddFunctions(module, time_functions) < 0) return -1;
    return Module_AddObject(module, "struct_time", (Object *)&struct_time_type);
}
