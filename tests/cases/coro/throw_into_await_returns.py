# throw() into a coroutine or generator suspended in `await` / `yield from`
# whose sub-iterator catches the exception and returns: the delegating frame
# resumes in CLEANUP_THROW with the sub-iterator's return value.


class Boom(Exception):
    pass


def inner():
    try:
        yield "waiting"
    except Boom as e:
        return "handled " + str(e)
    return "normal"


class Aw:
    def __await__(self):
        return (yield from inner())


async def outer():
    r = await Aw()
    print("outer got", r)
    try:
        await Aw()
    except Boom:
        print("not reached")
    return r + "!"


c = outer()
print(c.send(None))
print(c.throw(Boom("one")))
try:
    c.throw(Boom("two"))
except StopIteration as e:
    print("done", e.value)


def gen_outer():
    r = yield from inner()
    print("gen_outer got", r)
    r2 = yield from inner()
    print("gen_outer got", r2)
    yield r + r2
    return 5


g = gen_outer()
print(next(g))
print(g.throw(Boom("a")))
print(g.throw(Boom("b")))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)


def catcher():
    for i in range(3):
        try:
            yield i
        except Boom as b:
            print("caught", b, i)


g = catcher()
print(next(g), g.throw(Boom("x")), g.throw(Boom("y")))
g.close()

# throw into a generator that has not started: raised at its first line
g = catcher()
try:
    g.throw(Boom("early"))
except Boom as e:
    print("unstarted", e)
