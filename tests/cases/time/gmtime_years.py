# gmtime over the calendar: leap years, far past and future, negative times.
import time

for t in [-62135596800, -62135596801, -12219292800, -2208988800, -1, 0, 68256000, 951782400, 951868800, 4107542400,
          253402300799, 253402300800, 10**15, -10**15]:
    g = time.gmtime(t)
    print(t, tuple(g), time.asctime(g), time.strftime("%Y %j %a", g))
for year in [1600, 1700, 1900, 2000, 2023, 2024, 2100]:
    print(year, time.gmtime(time.mktime((year, 3, 1, 0, 0, 0, 0, 1, 0)) - 86400 if False else 0).tm_year,
          time.strftime("%j", (year, 12, 31, 0, 0, 0, 0, 366 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 365, 0)))
