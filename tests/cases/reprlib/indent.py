# reprlib.Repr(indent=...): one item per line (3.12+).
import reprlib

print(reprlib.Repr(indent=4).repr([1, [2, 3], {"a": (1,)}]))
print(reprlib.Repr(indent=4).repr([]), reprlib.Repr(indent=4).repr([1]))
print(reprlib.Repr(indent="--").repr({"a": [1, 2], "b": set()}))
print(reprlib.Repr(indent=2, maxlevel=1).repr([1, [2], 3]))
print(reprlib.Repr(indent=2, maxlist=2).repr([1, 2, 3, 4]))
print(reprlib.Repr(indent="").repr([1, [2]]))
print(reprlib.Repr(indent=True).repr([1, [2]]))
print(reprlib.Repr(indent=0).repr((1,)))
print(reprlib.Repr(indent=1).repr(frozenset({1, 2})))
for bad in [-1, 1.5, object(), [1], b"  "]:
    try:
        print(reprlib.Repr(indent=bad).repr([1, 2]))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, str(e).replace(hex(id(bad)), "ID"), type(e.__cause__).__name__)
print(reprlib.Repr(indent=-1).repr([]))
