# gmtime() and localtime(): rounding, bounds, errors, the attributes.
# env: TZ=Europe/Paris
import time


def attempt(label, f, *args):
    try:
        r = f(*args)
        print(label, r, r.tm_zone, r.tm_gmtoff)
    except Exception as e:
        print(label, "!", type(e).__name__, e)


for s in [0, 1, -1, 1.99999, -1.5, 10**9, 2**31, -2**31, 253402300799, -62135596800, 1e12, True]:
    attempt("gmtime %r" % (s,), time.gmtime, s)
    attempt("localtime %r" % (s,), time.localtime, s)
for bad in [float("nan"), float("inf"), -float("inf"), 1e20, 2**70, -2**70, 10**17, "x", b"x", [1]]:
    attempt("gmtime %r" % (bad,), time.gmtime, bad)
    attempt("localtime %r" % (bad,), time.localtime, bad)
attempt("gmtime two", time.gmtime, 1, 2)
now = time.localtime()
print(type(now).__name__, len(now), now.n_fields, now.n_sequence_fields, time.localtime(None).tm_year >= 2024)
