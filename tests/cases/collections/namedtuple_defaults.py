from collections import namedtuple

P = namedtuple('P', 'x y z', defaults=[2, 3])
print(P(1), P(1, 5), P(1, 5, 6), P(x=0))
print(P._field_defaults, P.__new__.__defaults__)
try:
    P()
except TypeError as e:
    print(e)
try:
    namedtuple('Q', 'x y', defaults=(1, 2, 3))
except TypeError as e:
    print(e)
Q = namedtuple('Q', 'x y', defaults=iter([9]))
print(Q(1), Q._field_defaults)
R = namedtuple('R', 'x y', defaults=())
print(R._field_defaults, R.__new__.__defaults__)
S = namedtuple('S', 'a b', defaults=None)
print(S.__new__.__defaults__)
T = namedtuple('T', 'a b', defaults=[None, None])
print(T(), T._field_defaults)
M = namedtuple('M', 'a', module='some.where')
print(M.__module__, repr(M))
