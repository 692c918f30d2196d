# The KeyError texts and the argument errors of grp, with CPython 3.14's
# overflow messages.
import grp


def attempt(label, f, *args, **kw):
    try:
        print(label, f(*args, **kw))
    except (KeyError, TypeError, ValueError, OverflowError) as e:
        print(label, "!", type(e).__name__, e)


for v in [54321, -1, -2, 2**31, 2**32 - 2, 2**32 - 1, 2**32, 2**33, 2**63 - 1, 2**63, 2**64, -2**31, -2**63, -2**64]:
    attempt("getgrgid %r" % v, grp.getgrgid, v)
for bad in ["x", 1.0, None, b"0"]:
    attempt("getgrgid %r" % (bad,), grp.getgrgid, bad)
for name in ["nosuchgroup", "", "a\0b", "\udcff", "é"]:
    attempt("getgrnam %r" % name, grp.getgrnam, name)
for bad in [b"root", 1, None]:
    attempt("getgrnam %r" % (bad,), grp.getgrnam, bad)
attempt("getgrgid none", grp.getgrgid)
attempt("getgrgid two", grp.getgrgid, 0, 1)
attempt("getgrgid bad kw", grp.getgrgid, gid=0)
attempt("getgrnam bad kw", grp.getgrnam, group="root")
attempt("getgrall arg", grp.getgrall, 1)
