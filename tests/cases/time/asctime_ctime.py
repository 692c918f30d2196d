# asctime() and ctime(): their fixed layout, the checks, the errors.
# env: TZ=UTC
import time


def attempt(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, "!", type(e).__name__, e)


for t in [(2000, 1, 1, 0, 0, 0, 5, 1, 0), (1999, 12, 31, 23, 59, 59, 4, 365, 0), (-5, 1, 1, 0, 0, 0, 0, 1, 0),
          (99999, 10, 9, 8, 7, 6, 6, 300, 0), (2000, 0, 0, 0, 0, 61, -1, 0, 0), (2000, 1, 32, 0, 0, 0, 0, 1, 0),
          (2000, 12, 1, 0, 60, 0, 0, 1, 0), (2000, 1, 1, 0, 0, 0, 0, 400, 0), (2**31 - 1, 1, 1, 0, 0, 0, 0, 1, 0)]:
    attempt("asctime %r" % (t,), time.asctime, t)
attempt("asctime struct_time", time.asctime, time.gmtime(10**9))
attempt("asctime short", time.asctime, (2000,) * 8)
attempt("asctime str", time.asctime, "x")
attempt("asctime two", time.asctime, (2000,) * 9, 1)
attempt("asctime kw", time.asctime, t=1)
for s in [0, 1, -1, 10**9, 1.5, -1.5, 2**31, 10**11, True]:
    attempt("ctime %r" % (s,), time.ctime, s)
attempt("ctime nan", time.ctime, float("nan"))
attempt("ctime inf", time.ctime, float("inf"))
attempt("ctime 1e20", time.ctime, 1e20)
attempt("ctime 10**17", time.ctime, 10**17)
attempt("ctime str", time.ctime, "x")
attempt("ctime two", time.ctime, 1, 2)
attempt("ctime kw", time.ctime, seconds=1)
print(len(time.ctime()), len(time.ctime(None)), len(time.asctime()), time.ctime(0) == time.asctime(time.localtime(0)))
