# ExitStack: suppression by callbacks and what __exit__ returns
from contextlib import ExitStack, suppress

def suppressor(*details):
    print("suppressor got", details[0].__name__ if details[0] else None)
    return True

def observer(name):
    def cb(t, v, tb):
        print(name, "sees", repr(v), tb is not None if v is not None else tb)
    return cb

with ExitStack() as stack:
    stack.push(observer("outer"))
    stack.push(suppressor)
    stack.push(observer("inner"))
    raise KeyError("gone")
print("suppressed")

s = ExitStack()
s.push(suppressor)
print(s.__exit__(ValueError, ValueError(), None))
s.push(suppressor)
print(s.__exit__(None, None, None))
s.push(lambda *a: 0)
print(s.__exit__(ValueError, ValueError(), None))

with ExitStack() as stack:
    stack.enter_context(suppress(IndexError))
    [][0]
print("suppress entered through the stack")

try:
    with ExitStack() as stack:
        stack.push(lambda *a: None)
        stack.callback(print, "callback never suppresses")
        raise OSError("through")
except OSError as e:
    print("OSError", e)
