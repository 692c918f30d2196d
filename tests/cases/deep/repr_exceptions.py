# repr() of deeply nested exception groups and exception arguments: as deep
# as CPython's C stack allows they print; far deeper, RecursionError.

def report(title, f):
    try:
        r = f()
        print(title, len(r), r[:40], r[-20:])
    except RecursionError as e:
        # the kB figure varies between runs of CPython itself
        print(title, "RecursionError:", str(e).split(")")[-1])

def nest(n, wrap, x=None):
    for i in range(n):
        x = wrap(x)
    return x

def group(n, seq=list):
    return nest(n, lambda e: ExceptionGroup("g", seq([e])), ValueError(1))

report("group 10000", lambda: repr(group(10000)))
report("group of tuples 5000", lambda: repr(group(5000, tuple)))
report("group 100000", lambda: repr(group(100000)))
print(str(group(100000)))
print(repr(ExceptionGroup("t", (ValueError(1), ExceptionGroup("u", (KeyError(2),))))))
print(repr(BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(2)])))
class MyGroup(ExceptionGroup):
    pass
print(repr(MyGroup("mine", [MyGroup("inner", [OSError(3, "x")])])))

report("exception args 8000", lambda: repr(nest(8000, KeyError, 0)))
report("exception args 100000", lambda: repr(nest(100000, KeyError, 0)))
report("str of exception args 50000", lambda: str(nest(50000, ValueError, 0)))
report("str of exception args 1000000", lambda: str(nest(1000000, ValueError, 0)))
