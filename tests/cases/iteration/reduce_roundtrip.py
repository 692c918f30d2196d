# Rebuilding an iterator from __reduce_ex__ for each protocol, as unpickling
# does (call, then __setstate__), fresh, midway and finished.
# lib: itershape
from itershape import remake
import array
from collections import deque, OrderedDict

makers = [
    lambda: iter([5, 6, 7]), lambda: reversed([5, 6, 7]), lambda: iter((5, 6, 7)),
    lambda: iter("567"), lambda: iter("5\u00b67"), lambda: iter(b"567"),
    lambda: iter(bytearray(b"567")), lambda: iter(range(5, 8)), lambda: reversed(range(5, 8)),
    lambda: iter(range(2**66, 2**66 + 3)), lambda: iter({5: 0, 6: 0, 7: 0}),
    lambda: iter({5: 0, 6: 0, 7: 0}.values()), lambda: iter({5, 6, 7}),
    lambda: iter(OrderedDict.fromkeys([5, 6, 7])), lambda: iter(array.array("d", [5, 6, 7])),
    lambda: iter(deque([5, 6, 7])), lambda: reversed(deque([5, 6, 7])),
    lambda: enumerate([5, 6, 7]), lambda: zip([5, 6, 7], "abc"), lambda: map(abs, [5, -6, 7]),
    lambda: filter(None, [5, 0, 6, 7]), lambda: reversed((5, 6, 7)),
]
for make in makers:
    line = [type(make()).__name__]
    for proto in (0, 1, 2, 4, 5):
        for advance in (0, 1, 3):
            it = make()
            for _ in range(advance):
                next(it, None)
            made = remake(it, proto)
            line.append(f"{proto}/{advance}:{list(made)}")
    print(" ".join(line))
