# strftime(): every directive of the C library on a few fixed times.
# env: TZ=UTC
import time

times = [(2000, 1, 1, 0, 0, 0, 5, 1, 0), (1999, 12, 31, 23, 59, 59, 4, 365, 0), (2024, 2, 29, 13, 5, 9, 3, 60, 0),
         (1, 1, 1, 0, 0, 0, 0, 1, 0), (-5, 6, 15, 12, 30, 45, 2, 166, 0), (99999, 12, 31, 1, 2, 3, 6, 365, 0)]
directives = "aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%"
for t in times:
    print(t)
    for d in directives:
        print(" ", d, repr(time.strftime("%" + d, t)))
    print(" ", repr(time.strftime("%Y-%m-%dT%H:%M:%S", t)))
