# Argument checking of the time module's functions, compared with CPython.
# lib: argprobe
from argprobe import attempt
import time

for name in ["time", "time_ns", "monotonic", "monotonic_ns", "perf_counter", "perf_counter_ns", "process_time",
             "process_time_ns", "thread_time", "thread_time_ns", "sleep"]:
    f = getattr(time, name)
    doc = f.__doc__
    print(name, f.__text_signature__, repr(doc.partition("\n")[0] if doc else doc))
    attempt(name + " many", f, 1, 2)
    attempt(name + " kw", f, x=1)
attempt("sleep none", time.sleep)
attempt("sleep kw", time.sleep, seconds=0)
time.sleep(0)
