# The time module's calendar: localtime, strftime and mktime of many timestamps, in a fixed zone.
import time


N = 60000


def main():
    total = 0
    for i in range(N):
        t = 946684800 + i * 86399
        lt = time.localtime(t)
        s = time.strftime("%Y-%m-%d %H:%M:%S %a %b %j", lt)
        total += len(s) + lt.tm_yday + int(time.mktime(lt)) % 1000
        total += time.gmtime(t).tm_hour
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
