# yield from and gen.throw under settrace.
import sys

def show(frame, event, arg):
    co = frame.f_code
    if co.co_name in ("inner", "outer"):
        a = arg[0].__name__ if event == "exception" else repr(arg)
        print(event, co.co_name, frame.f_lineno - co.co_firstlineno, a)
    return show

def inner():
    try:
        yield 1
        yield 2
    except KeyError:
        yield "caught"
    return 7

def outer():
    r = yield from inner()
    yield r

sys.settrace(show)
g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
print(list(g))
sys.settrace(None)
