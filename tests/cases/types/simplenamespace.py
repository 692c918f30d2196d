# types.SimpleNamespace: construction rules, repr, equality, copy.replace, pickling hooks.
import types

NS = types.SimpleNamespace
a = NS(x=1, y="two")
print(a, repr(a), a.x, a.y, vars(a))
print(NS(), NS({"k": 1}), NS({"k": 1}, k=2), NS([("p", 1), ("q", 2)], r=3))
print(NS(x=1) == NS(x=1), NS(x=1) == NS(x=2), NS(x=1) != NS(x=1, y=2), NS() == {})
a.z = [1, 2]
del a.y
print(a)
a.self = a
print(a)

class Sub(NS):
    pass
s = Sub(b=2, a=1)
print(s, Sub() == NS(), NS() == Sub())
for args, kwargs in [((1,), {}), (({}, {}), {}), (({1: 2},), {}), ((), {}), (([("a",)],), {})]:
    try:
        print(NS(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)
try:
    NS(**{"1": 2})
    print(NS(**{"1": 2}))
except Exception as e:
    print(type(e).__name__, e)
try:
    hash(NS())
except TypeError as e:
    print("TypeError:", e)
print(a.__reduce__()[0] is NS, a.__reduce__()[1], sorted(a.__reduce__()[2]))
r = a.__replace__(x=10)
print(r.x, r is a, a.x, type(r))
try:
    a.missing
except AttributeError as e:
    print("AttributeError:", e)
print(NS.__doc__)
print(NS(b=1, a=2) < NS() if False else "no ordering")
try:
    NS() < NS()
except TypeError as e:
    print("TypeError:", e)
