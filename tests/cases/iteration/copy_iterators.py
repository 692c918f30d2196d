# copy.copy of the built-in iterators: the copy starts where the original
# stands, over the same object (index-based ones) or over a list of what is
# left (dict and set ones); the two then move apart.
import copy
import array
from collections import deque, OrderedDict


class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i

    def __len__(self):
        return 4


data = [1, 2, 3, 4]
makers = [
    ("list", lambda: iter(data)),
    ("list reversed", lambda: reversed(data)),
    ("tuple", lambda: iter((1, 2, 3, 4))),
    ("str", lambda: iter("wxyz")),
    ("str wide", lambda: iter("w\u00e9\u4e2dz")),
    ("bytes", lambda: iter(b"wxyz")),
    ("bytearray", lambda: iter(bytearray(b"wxyz"))),
    ("range", lambda: iter(range(4))),
    ("range reversed", lambda: reversed(range(4))),
    ("long range", lambda: iter(range(2**65, 2**65 + 4))),
    ("dict", lambda: iter({1: "a", 2: "b", 3: "c", 4: "d"})),
    ("dict items", lambda: iter({1: "a", 2: "b", 3: "c", 4: "d"}.items())),
    ("dict reversed values", lambda: reversed({1: "a", 2: "b", 3: "c", 4: "d"}.values())),
    ("set", lambda: iter({1, 2, 3, 4})),
    ("OrderedDict", lambda: iter(OrderedDict.fromkeys("wxyz"))),
    ("sequence", lambda: iter(Seq())),
    ("reversed sequence", lambda: reversed(Seq())),
    ("array", lambda: iter(array.array("i", [1, 2, 3, 4]))),
    ("deque", lambda: iter(deque([1, 2, 3, 4]))),
    ("deque reversed", lambda: reversed(deque([1, 2, 3, 4]))),
    ("enumerate", lambda: enumerate("wxyz", 1)),
    ("zip", lambda: zip("wxyz", range(4))),
    ("map", lambda: map(str.upper, "wxyz")),
    ("filter", lambda: filter(None, [0, 1, 2, 0, 3, 4])),
]
for name, make in makers:
    it = make()
    first = next(it)
    dup = copy.copy(it)
    print(name, type(dup) is type(it), first, "copy:", next(dup), "original:", next(it),
          "rest:", list(dup), list(it))
    done = make()
    for _ in done:
        pass
    print("  finished copy:", list(copy.copy(done)))

shared = [1, 2, 3]
it = iter(shared)
dup = copy.copy(it)
shared.append(4)
print("shared list:", list(dup), list(it))
