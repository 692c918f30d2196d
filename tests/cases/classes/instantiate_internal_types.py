# Built-in types without a constructor cannot be called; cell can.
import sys


def gen():
    yield 1


def outer():
    x = 1

    def inner():
        return x
    return inner


samples = [iter([]), iter(()), iter(""), iter({}), iter(range(3)), reversed([]), sys._getframe(), gen(),
           (x for x in ()), len, [].append, object.__init__, int.__add__, str.join, {}.keys(), {}.values(),
           {}.items(), type.__dict__["__dict__"], enumerate([]), zip(), map(len, []), filter(None, []),
           property(), super(int, 1), slice(1), range(1), None, ..., NotImplemented]
for o in samples:
    t = type(o)
    try:
        r = t()
        print(t.__name__, "->", type(r).__name__)
    except TypeError as e:
        print(t.__name__, "TypeError:", e)

print(repr(type(sys.implementation)()))

CellType = type(outer().__closure__[0])
c = CellType()
print(repr(c).endswith("empty>"))
try:
    c.cell_contents
except ValueError as e:
    print("ValueError:", e)
print(CellType(5).cell_contents)
for args, kw in [((1, 2), {}), ((), {"x": 1})]:
    try:
        CellType(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
