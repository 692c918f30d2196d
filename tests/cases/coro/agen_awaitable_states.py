# The asend/athrow awaitables' state machine: ag_running while a step is in
# progress, reuse, steps on finished or closed generators, arguments of
# athrow() checked only when it starts.
class Suspend:
    def __await__(self):
        yield "s"

async def ag():
    try:
        await Suspend()
        yield 1
        yield 2
    finally:
        print("fin")

async def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("caught GE")
        except ValueError:
            print("caught VE")

def st(aw, v=None, exc=None):
    try:
        r = aw.throw(exc) if exc else aw.send(v)
        return ("yield", r)
    except StopIteration as e:
        return ("stop", e.value)
    except BaseException as e:
        return (type(e).__name__, str(e))

print("-- athrow() without arguments")
a = ag()
t = a.athrow()
print(st(t), a.ag_running)
print(st(t), a.ag_running)
print(st(a.__anext__()), a.ag_running)
print(st(a.athrow(1)), a.ag_running)
print(st(a.__anext__()), a.ag_running)

print("-- athrow/aclose on a finished generator")
a = ag()
print(st(a.__anext__()), st(a.__anext__()), st(a.__anext__()), st(a.__anext__()))
t = a.athrow(ValueError("v"))
print(st(t), st(t))
print(st(a.aclose()), st(a.athrow(ValueError)))

print("-- on a generator not started")
a = ag()
print(st(a.athrow(ValueError("v"))), st(a.__anext__()))
a = ag()
print(st(a.aclose()), st(a.__anext__()))

print("-- athrow().throw() errors")
a = ag()
t = a.athrow(ValueError)
try:
    t.throw()
except TypeError as e:
    print(e, a.ag_running)
print(st(t), a.ag_running)
print(st(a.__anext__()), a.ag_running)
print(st(a.__anext__()), a.ag_running)
print(st(a.__anext__()), a.ag_running)
print(st(a.__anext__()), a.ag_running)

print("-- aclose().throw() at a yield")
a = ag()
print(st(a.__anext__()), st(a.__anext__()))
c = a.aclose()
print(st(c, exc=KeyError("k")), a.ag_running, a.ag_suspended)
print(st(c), a.ag_running)
print(st(a.__anext__()), a.ag_running)

print("-- a generator ignoring aclose()")
a = stubborn()
print(st(a.__anext__()))
c = a.aclose()
print(st(c), a.ag_running, a.ag_suspended)
print(st(c), a.ag_running)
print(st(a.athrow(ValueError)), a.ag_running)
print(st(a.__anext__()), a.ag_running)
print(st(a.aclose()), a.ag_running)
c = a.aclose()
print(st(c, exc=ValueError), a.ag_running, a.ag_suspended)
print(st(c), a.ag_running)

print("-- athrow().throw() into a generator that recovers")
a = stubborn()
print(st(a.__anext__()))
t = a.athrow(KeyError)
print(st(t, exc=ValueError), a.ag_running)
print(st(t), a.ag_running)
t = a.athrow(KeyError)
print(st(t, exc=StopAsyncIteration), a.ag_running, a.ag_suspended)

print("-- close() of asend awaitables")
a = stubborn()
print(st(a.__anext__()))
x = a.__anext__()
print(x.close(), a.ag_running)
x = a.asend(None)
print(st(x), x.close())
x = a.asend(None)
print(st(x, exc=GeneratorExit))
print(x.close())

print("-- asend().throw() errors")
a = ag()
x = a.__anext__()
try:
    x.throw()
except TypeError as e:
    print(e, a.ag_running)
print(st(x), a.ag_running)

print("-- a step suspended in an await")
async def ag2():
    try:
        yield 0
        await Suspend()
        yield 1
    finally:
        print("fin2")
a = ag2()
print(st(a.__anext__()))
x = a.__anext__()
print(st(x), a.ag_running)
print(st(a.athrow(KeyError("k"))), a.ag_running)
print(st(x), a.ag_running)
print(st(x, exc=KeyError("q")), a.ag_running)

print("-- athrow and aclose through an inner await")
class Sus2:
    def __await__(self):
        try:
            yield "s2"
        except KeyError:
            print("Sus2 got KeyError")
            yield "s3"
        return "ret"
async def ag3():
    try:
        yield 0
    finally:
        print("fin3 start")
        v = await Sus2()
        print("fin3", v)
a = ag3()
print(st(a.__anext__()))
t = a.athrow(ValueError("v"))
print(st(t), a.ag_running)
print(st(t, exc=KeyError), a.ag_running)
print(st(t), a.ag_running)
print(st(t), a.ag_running)
a = ag3()
print(st(a.__anext__()))
t = a.aclose()
print(st(t), a.ag_running)
print(st(t, exc=KeyError), a.ag_running)
print(st(t), a.ag_running)
print(st(t), a.ag_running)

print("-- cleanup")
del t
del a
del x
print("x gone")
del c
print("end")
