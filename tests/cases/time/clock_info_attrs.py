# get_clock_info's namespace: attributes, types, repr, equality.
import time

info = time.get_clock_info("monotonic")
print(type(info).__name__, info.implementation, info.monotonic, info.adjustable, info.resolution)
print(sorted(vars(info)), info == time.get_clock_info("perf_counter"))
print(info == time.get_clock_info("monotonic"), repr(time.get_clock_info("time")))
info.extra = 1
print(info.extra, "extra" in repr(info))
for name in ["", "Time", "time ", "clock"]:
    try:
        time.get_clock_info(name)
    except ValueError as e:
        print(repr(name), e)
