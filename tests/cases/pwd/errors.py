# The KeyError texts and the argument errors of pwd.
import pwd


def attempt(label, f, *args, **kw):
    try:
        print(label, f(*args, **kw))
    except (KeyError, TypeError, ValueError, OverflowError) as e:
        print(label, "!", type(e).__name__, e)


for v in [54321, -1, -2, 2**31, 2**32 - 2, 2**32 - 1, 2**32, 2**63, 2**64, -2**63, -2**70]:
    attempt("getpwuid %r" % v, pwd.getpwuid, v)
for bad in ["x", 1.0, None, b"0", [0]]:
    attempt("getpwuid %r" % (bad,), pwd.getpwuid, bad)
attempt("getpwuid bool", pwd.getpwuid, False)


class Index:
    def __index__(self):
        return 0


attempt("getpwuid __index__", pwd.getpwuid, Index())
for name in ["nosuchuser", "", "a\0b", "\udcff", "é", "x" * 300, "root\n"]:
    attempt("getpwnam %r" % name, pwd.getpwnam, name)
for bad in [b"root", 1, None]:
    attempt("getpwnam %r" % (bad,), pwd.getpwnam, bad)
attempt("getpwuid none", pwd.getpwuid)
attempt("getpwuid two", pwd.getpwuid, 0, 1)
attempt("getpwuid kw", pwd.getpwuid, uid=0)
attempt("getpwnam kw", pwd.getpwnam, name="root")
attempt("getpwall arg", pwd.getpwall, 1)
try:
    pwd.getpwnam("nosuchuser")
except KeyError as e:
    print(repr(e), e.args)
