from collections import namedtuple

P = namedtuple('P', 'x y')
p = P(1, [2])
print(p.__getnewargs__(), type(p.__getnewargs__()))
print(P.__new__(P, *p.__getnewargs__()) == p)
print(P.x.__reduce__()[1])
print(p.__class__._make(p.__getnewargs__()))
