# The clocks: types, relations between readings, get_clock_info, the
# clock_* functions and their constants.
import time

for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    f, fns = getattr(time, name), getattr(time, name + "_ns")
    a, b, c = f(), fns(), f()
    print(name, type(a).__name__, type(b).__name__, a <= c, abs(b / 1e9 - a) < 5)
    print(" ", time.get_clock_info(name))
print(time.monotonic() <= time.monotonic(), time.monotonic_ns() <= time.monotonic_ns())
print(abs(time.time() - time.clock_gettime(time.CLOCK_REALTIME)) < 5)
print(abs(time.time_ns() - time.clock_gettime_ns(time.CLOCK_REALTIME)) < 5 * 10**9)
for c in ["CLOCK_BOOTTIME", "CLOCK_MONOTONIC", "CLOCK_MONOTONIC_RAW", "CLOCK_PROCESS_CPUTIME_ID", "CLOCK_REALTIME",
          "CLOCK_TAI", "CLOCK_THREAD_CPUTIME_ID"]:
    cid = getattr(time, c)
    print(c, cid, time.clock_getres(cid), type(time.clock_gettime(cid)).__name__,
          type(time.clock_gettime_ns(cid)).__name__)
print(time._STRUCT_TM_ITEMS)


def attempt(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(label, "->", type(r).__name__)
    except Exception as e:
        print(label, "!", type(e).__name__, e)


attempt("info unknown", time.get_clock_info, "x")
attempt("info int", time.get_clock_info, 1)
attempt("info none", time.get_clock_info)
attempt("info two", time.get_clock_info, "time", 1)
attempt("info kw", time.get_clock_info, name="time")
attempt("gettime none", time.clock_gettime)
attempt("gettime str", time.clock_gettime, "x")
attempt("gettime float", time.clock_gettime, 1.5)
attempt("gettime big", time.clock_gettime, 2**40)
attempt("gettime bad id", time.clock_gettime, -1)
attempt("gettime bool", time.clock_gettime, True)
attempt("gettime_ns str", time.clock_gettime_ns, "x")
attempt("gettime_ns bad id", time.clock_gettime_ns, 99)
attempt("getres none", time.clock_getres)
attempt("getres float", time.clock_getres, 1.5)
attempt("getres big", time.clock_getres, 2**40)
attempt("getres bad id", time.clock_getres, 99)
attempt("settime one", time.clock_settime, 0)
attempt("settime str", time.clock_settime, 0, "x")
attempt("settime nan", time.clock_settime, 0, float("nan"))
attempt("settime bad id", time.clock_settime, 99, 1.0)
attempt("settime_ns float", time.clock_settime_ns, 0, 1.5)
attempt("settime_ns str", time.clock_settime_ns, 0, "x")
attempt("settime_ns bad id", time.clock_settime_ns, 99, 0)
attempt("cpuclockid none", time.pthread_getcpuclockid)
attempt("cpuclockid str", time.pthread_getcpuclockid, "x")
