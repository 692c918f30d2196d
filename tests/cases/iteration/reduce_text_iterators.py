# tuple, str (ASCII and not), bytes and bytearray iterators reduce to
# (iter, (seq,), index) and, finished, to iter over an empty tuple or str.
# lib: itershape
from itershape import show, drain

makers = [
    ("tuple", lambda: iter((1, 2, 3))),
    ("str ascii", lambda: iter("abc")),
    ("str", lambda: iter("a\u00e9\u4e2d")),
    ("str astral", lambda: iter("x\U0001f600y")),
    ("bytes", lambda: iter(b"xyz")),
    ("bytearray", lambda: iter(bytearray(b"xyz"))),
]
for name, make in makers:
    it = make()
    print(name, type(it).__name__)
    show("  fresh", it)
    next(it)
    show("  midway", it)
    show("  finished", drain(it))
    for state in (-3, -1, 0, 2, 3, 50, False):
        it = make()
        it.__setstate__(state)
        print("  ", state, it.__reduce__()[1:], it.__length_hint__(), list(it))
    it = make()
    it.__setstate__(-1)
    it.__setstate__(1)
    print("  after -1 then 1:", it.__reduce__()[1:], list(it))
    it = drain(make())
    it.__setstate__(0)
    print("  finished, set to 0:", list(it), it.__reduce__()[1:])

for empty in ((), "", b"", bytearray()):
    show(type(empty).__name__ + " empty", iter(empty))

grow = bytearray(b"ab")
it = iter(grow)
next(it)
grow.clear()
show("bytearray cleared", it)
print(list(it))
show("then", it)
