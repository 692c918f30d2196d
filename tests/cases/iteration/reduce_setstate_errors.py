# __setstate__ and __reduce__ of the built-in iterators: what they accept
# and their errors (not an int, too large, wrong number of arguments).
# lib: itershape
from itershape import attempt
import array
from collections import deque


class Idx:
    def __index__(self):
        return 1


class IntSub(int):
    pass


class Seq:
    def __getitem__(self, i):
        return i

    def __len__(self):
        return 2


makers = [iter([1]), reversed([1]), iter((1,)), iter("a"), iter("\u00e9"), iter(b"a"),
          iter(bytearray(b"a")), iter(Seq()), reversed(Seq()), iter(array.array("b", [1])),
          zip(), map(abs, [])]
for it in makers:
    name = type(it).__name__
    for state in (1.5, "1", None, Idx(), IntSub(1), 2**64, -2**64):
        attempt(f"{name}.__setstate__({state!r})", lambda: it.__setstate__(state))
    attempt(f"{name}.__setstate__()", lambda: it.__setstate__())
    attempt(f"{name}.__setstate__(1, 2)", lambda: it.__setstate__(1, 2))
    attempt(f"{name}.__setstate__(state=1)", lambda: it.__setstate__(state=1))
    if name != "arrayiterator":
        attempt(f"{name}.__reduce__(1)", lambda: it.__reduce__(1))

for it in (iter({}), iter(set()), enumerate([]), filter(None, []), iter(abs, 1),
           iter(deque()), iter({}.items())):
    print(type(it).__name__, hasattr(it, "__setstate__"))
    attempt("  __reduce__(None)", lambda: it.__reduce__(None))
attempt("__reduce_ex__()", lambda: iter([]).__reduce_ex__())
attempt("__reduce_ex__('x')", lambda: iter([]).__reduce_ex__("x"))
