# The weak dictionaries are MutableMappings: copy, |, ==, repr
import re
import weakref
from collections.abc import MutableMapping


class O:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, O) and self.n == other.n

    def __hash__(self):
        return self.n


objs = [O(i) for i in range(3)]
vd = weakref.WeakValueDictionary(a=objs[0], b=objs[1])
kd = weakref.WeakKeyDictionary({objs[0]: "x", objs[1]: "y"})
print(isinstance(vd, MutableMapping), isinstance(kd, MutableMapping))
print(re.sub("0x[0-9a-f]+", "ADDR", repr(vd)), re.sub("0x[0-9a-f]+", "ADDR", repr(kd)))
v2 = vd.copy()
k2 = kd.__copy__()
print(type(v2).__name__, sorted(v2), type(k2).__name__, len(k2), v2 == vd, dict(v2) == dict(vd))
merged = vd | {"c": objs[2]}
print(type(merged).__name__, sorted(merged))
merged2 = {"z": objs[2]} | vd
print(type(merged2).__name__, sorted(merged2))
vd |= {"c": objs[2]}
print(sorted(vd))
kd |= {objs[2]: "z"}
print(sorted(kd.values()))
print(vd.popitem()[0] in "abc", len(vd))
print(kd.popitem()[1] in "xyz", len(kd))
print(vd.__or__(1), kd.__ror__(1))
