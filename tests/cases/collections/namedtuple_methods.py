from collections import namedtuple

P = namedtuple('P', 'x y')
p = P(1, 2)
for bad in ([1], [1, 2, 3], ()):
    try:
        P._make(bad)
    except TypeError as e:
        print(e)
try:
    p._replace(z=3)
except TypeError as e:
    print(e)
try:
    p._replace(x=1, z=3, w=4)
except TypeError as e:
    print(e)
try:
    P._make(5)
except TypeError as e:
    print(e)
print(p.__replace__(y=9))
print(P._replace.__doc__)
print(P._asdict.__doc__, P.__getnewargs__.__doc__, P.__repr__.__doc__)
print(P._make.__func__.__doc__)
print(P._replace.__qualname__, P.__repr__.__qualname__, P._asdict.__qualname__,
      P.__getnewargs__.__qualname__, P._make.__func__.__qualname__)
print(P.__repr__.__name__, P._make.__name__)
print(sorted(k for k in P.__dict__ if not k.startswith('__') or k in ('__new__', '__replace__', '__match_args__', '__getnewargs__')))
match p:
    case P(a, b):
        print('matched', a, b)
match p:
    case P(x=1, y=yy):
        print('kw matched', yy)
