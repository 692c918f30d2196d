def g():
    print("running inside:", me.gi_running, me.gi_suspended)
    yield 1
    print("running inside:", me.gi_running, me.gi_suspended)
    yield 2

me = g()
def state(tag):
    print(tag, me.gi_running, me.gi_suspended, me.gi_frame is None)
state("created")
next(me)
state("suspended")
next(me)
state("suspended2")
next(me, None)
state("finished")

def inner():
    yield 1
    yield 2
def outer():
    yield "a"
    yield from it
    yield "b"
it = inner()
o = outer()
print(o.gi_yieldfrom)
next(o)
print(o.gi_yieldfrom)
next(o)
print(o.gi_yieldfrom is it)
next(o); next(o)
print(o.gi_yieldfrom)
o.close()
print(o.gi_yieldfrom)
