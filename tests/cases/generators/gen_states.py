def g():
    yield 1
    yield 2
it = g()
print(it.gi_running, it.gi_suspended, it.gi_frame is not None, it.__name__, it.__qualname__)
next(it)
print(it.gi_suspended)
list(it)
print(it.gi_suspended, it.gi_frame)
def outer():
    yield from inner()
def inner():
    yield "x"
o = outer()
next(o)
print(type(o.gi_yieldfrom).__name__)
