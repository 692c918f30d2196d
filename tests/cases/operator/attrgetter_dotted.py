from operator import attrgetter
class N:
    def __init__(self, **kw): self.__dict__.update(kw)
root = N(a=N(b=N(c=1, d=2), e=3), f=4)
print(attrgetter('a.b.c')(root), attrgetter('a.e', 'f', 'a.b.d')(root))
for path in ['a.x', 'a.b.c.real', 'a..b', '', 'a.']:
    try: print(repr(path), attrgetter(path)(root))
    except AttributeError as e: print(repr(path), 'AttributeError', e)
class Dyn:
    def __getattr__(self, name): return name.upper()
print(attrgetter('x', 'y.lower')(Dyn()))
print(attrgetter('__class__.__name__')(root), attrgetter('real', 'imag')(3 + 4j))
import sys
print(attrgetter('path.__class__')(sys))
try: attrgetter('a', 1)
except TypeError as e: print(e)
try: attrgetter(b'a')
except TypeError as e: print(e)
class StrSub(str): pass
print(attrgetter(StrSub('f'))(root), repr(attrgetter(StrSub('a.e'))))
