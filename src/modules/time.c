/* The time module: clocks and sleep.  (Calendar functions — gmtime,
 * localtime, strftime — are not provided yet.) */
#include "../abstract.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/module.h"
#include "../runtime/args.h"
#include "../runtime/err.h"
#include "modules.h"
#include <errno.h>
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
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
    return NEWREF(OBJ_NONE);
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
    {NULL, NULL, 0, NULL},
};

int Time_Init(Object *module) { return Module_AddFunctions(module, time_functions); }
