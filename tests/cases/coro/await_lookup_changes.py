# await finds __await__ on the type as it is at that moment: defined on a
# base, replaced on the class after a first await, deleted, or not callable.
class Base:
    def __await__(self):
        yield "base"
        return "from base"


class Child(Base):
    pass


def run(coro):
    sent = []
    try:
        while True:
            sent.append(coro.send(None))
    except StopIteration as e:
        return sent, e.value
    except TypeError as e:
        return sent, "TypeError: %s" % e


async def use(x):
    return await x


print(run(use(Child())))


def other(self):
    yield "other"
    return "from other"


Child.__await__ = other
print(run(use(Child())))
del Child.__await__
print(run(use(Child())))
del Base.__await__
print(run(use(Child())))
Base.__await__ = lambda self: iter(["lam1", "lam2"])
print(run(use(Child())))
Base.__await__ = lambda self: 5
print(run(use(Child())))
Base.__await__ = None
print(run(use(Child())))


class Inst:
    pass


i = Inst()
i.__await__ = other  # an instance attribute is not looked at
print(run(use(i)))
print(run(use(3)))
