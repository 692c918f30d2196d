# The _ns clocks agree with the float ones and never go backwards.
import time

for name in ["monotonic", "perf_counter", "process_time", "thread_time"]:
    f, fns = getattr(time, name), getattr(time, name + "_ns")
    readings = [fns() for _ in range(1000)]
    print(name, all(a <= b for a, b in zip(readings, readings[1:])), abs(f() - fns() / 1e9) < 1)
a, b = time.time(), time.time_ns()
print(abs(a - b / 1e9) < 1, type(b) is int, b > 1_600_000_000 * 10**9)
t0 = time.process_time()
x = 0
for i in range(200000):
    x += i
print(time.process_time() >= t0, x)
