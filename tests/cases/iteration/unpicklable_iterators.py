# Iterators CPython cannot pickle: memoryview's, generators and their
# kin.  __reduce_ex__(2), copy and deepcopy refuse them.
import copy


def gen():
    yield 1


async def agen():
    yield 1


async def coro():
    pass


c = coro()
objects = [iter(memoryview(b"ab")), gen(), agen(), c, (x for x in "ab")]
for obj in objects:
    results = []
    for how in (lambda: obj.__reduce_ex__(2), lambda: obj.__reduce_ex__(4),
                lambda: copy.copy(obj), lambda: copy.deepcopy(obj)):
        try:
            how()
            results.append("ok")
        except TypeError as e:
            results.append(str(e))
    print(type(obj).__name__, results)
c.close()
