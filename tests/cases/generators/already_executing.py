def g():
    yield next(me)

me = g()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print(me.gi_running, me.gi_suspended)

def h():
    x = yield 1
    yield me2.send(x)

me2 = h()
next(me2)
try:
    me2.send(5)
except ValueError as e:
    print("ValueError:", e)

def k():
    try:
        yield 1
    except Exception:
        me3.throw(KeyError)
me3 = k()
next(me3)
try:
    me3.throw(TypeError)
except ValueError as e:
    print("ValueError:", e, type(e.__context__).__name__)

def c():
    me4.close()
    yield 1
me4 = c()
try:
    next(me4)
except ValueError as e:
    print("ValueError:", e)
