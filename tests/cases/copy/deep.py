# copy.deepcopy: nested containers, shared references kept shared, tuples kept when unchanged.
import copy

shared = [1, 2]
data = {"a": shared, "b": shared, "c": (shared, 3), "d": (1, 2, "x"), "e": {frozenset({1}): [shared]}}
c = copy.deepcopy(data)
print(c == data, c is data)
print(c["a"] is c["b"], c["a"] is shared, c["c"][0] is c["a"], c["e"][frozenset({1})][0] is c["a"])
print(c["d"] is data["d"], c["c"] is data["c"])
t = (1, "a", None, (2, 3))
print(copy.deepcopy(t) is t)
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
nested = [[[[]]]]
dn = copy.deepcopy(nested)
print(dn == nested, dn[0][0] is nested[0][0])
s = {1, 2, 3}
ds = copy.deepcopy(s)
print(ds == s, ds is s, type(ds).__name__)
b = bytearray(b"abc")
db = copy.deepcopy(b)
print(db == b, db is b)
fs = frozenset({1, 2})
print(copy.deepcopy(fs) == fs)
