# select.select on descriptors that exist in any run: stdout and stderr
# are writable, epoll descriptors never readable; the errors.
import select


class F:
    def __init__(self, v):
        self.v = v

    def fileno(self):
        return self.v

    def __repr__(self):
        return "F(%r)" % (self.v,)


def attempt(label, *args):
    try:
        print(label, select.select(*args))
    except Exception as e:
        print(label, "!", type(e).__name__, e)


e = select.epoll()
efd = e.fileno()
print(select.select([efd], [], [], 0) == ([], [], []))
print(select.select([], [1], [], 0), select.select([], [F(2)], [], 0.0))
print(select.select((), (1, 1, 2), [], 0), select.select([efd], [2], [efd], 0.01)[1])
print(select.select(iter([efd]), {1: "x"}, set(), 0)[1])
attempt("not sequences", 1, [], [])
attempt("none", None, [], [])
attempt("negative fd", [-1], [], [])
attempt("negative fileno", [], [F(-5)], [], 0)
attempt("negative timeout", [], [], [], -1)
attempt("str timeout", [], [], [], "x")
attempt("nan timeout", [], [], [], float("nan"))
attempt("huge timeout", [], [], [], 1e300)
attempt("huge int timeout", [], [], [], 2**70)
attempt("str fd", ["x"], [], [])
attempt("float fd", [1.5], [], [])
attempt("fileno str", [F("x")], [], [])
attempt("big fd", [5000], [], [], 0)
attempt("huge fd", [], [2**70], [], 0)
attempt("two args", [], [])
attempt("five args", [], [], [], 0, 0)
try:
    select.select([], [], [], timeout=0)
except TypeError as ex:
    print("keyword", ex)
e.close()
