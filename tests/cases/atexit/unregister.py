# unregister removes every registration of an equal function; _clear,
# _run_exitfuncs and _ncallbacks; errors.
import atexit


def a():
    print("a")


def b(x):
    print("b", x)


atexit.register(a)
atexit.register(b, 1)
atexit.register(a)
atexit.register(b, 2)
print(atexit._ncallbacks())
print(atexit.unregister(a), atexit._ncallbacks())
atexit.unregister(a)
atexit.unregister(len)
atexit._run_exitfuncs()
print("after run", atexit._ncallbacks())
atexit.register(a)
atexit._clear()
print("after clear", atexit._ncallbacks())


class Eq:
    def __init__(self, name):
        self.name = name

    def __call__(self):
        print("Eq", self.name)

    def __eq__(self, other):
        print("compare", self.name)
        return isinstance(other, Eq)

    __hash__ = None


atexit.register(Eq("one"))
atexit.register(b, 3)
atexit.register(Eq("two"))
atexit.unregister(Eq("other"))
print(atexit._ncallbacks())


class BadEq:
    def __call__(self):
        print("BadEq runs")

    def __eq__(self, other):
        raise RuntimeError("no comparing")


atexit.register(BadEq())
try:
    atexit.unregister(a)
except RuntimeError as e:
    print("RuntimeError", e)


def attempt(label, f, *args, **kw):
    try:
        print(label, f(*args, **kw))
    except Exception as e:
        print(label, "!", type(e).__name__, e)


attempt("register none", atexit.register)
attempt("register int", atexit.register, 1)
attempt("register kw only", atexit.register, func=a)
attempt("unregister none", atexit.unregister)
attempt("unregister two", atexit.unregister, a, b)
attempt("unregister kw", atexit.unregister, func=a)
attempt("ncallbacks arg", atexit._ncallbacks, 1)
attempt("clear arg", atexit._clear, 1)
attempt("run arg", atexit._run_exitfuncs, 1)
print("end")
