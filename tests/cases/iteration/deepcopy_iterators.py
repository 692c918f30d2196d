# copy.deepcopy of the built-in iterators copies what they iterate over:
# changes to the original object no longer show through.
import copy
from collections import deque

rows = [[1], [2], [3]]
it = iter(rows)
next(it)
deep = copy.deepcopy(it)
rows[1].append("changed")
rows.append([4])
print("list:", list(deep), list(it))

d = {"a": [1], "b": [2]}
it = iter(d.items())
deep = copy.deepcopy(it)
d["a"].append("changed")
print("dict items:", list(deep), list(it))

e = enumerate([[0], [1]], 7)
deep = copy.deepcopy(e)
print("enumerate:", list(deep), list(e))

z = zip([[1]], [[2]], strict=True)
deep = copy.deepcopy(z)
print("zip:", list(deep), deep.__reduce__()[2:])

m = map(len, ["ab", "c"], strict=True)
deep = copy.deepcopy(m)
print("map:", list(deep), list(m))

r = reversed((1, [2], 3))
next(r)
deep = copy.deepcopy(r)
print("reversed:", list(deep), list(r))

dq = deque([[1], [2], [3]])
it = reversed(dq)
next(it)
deep = copy.deepcopy(it)
print("deque reversed:", list(deep), list(it))

cyc = [1, 2]
cyc.append(iter(cyc))
deep = copy.deepcopy(cyc)
inner = deep[2]
print("cycle:", next(inner), next(inner), next(inner) is inner)

memo = {}
it = iter(rows)
pair = copy.deepcopy([it, it], memo)
print("memo keeps one copy:", pair[0] is pair[1], next(pair[0]), next(pair[1]))
