# An unset slot's AttributeError names the type with its module, as %T does.
import collections
class S:
    __slots__ = ('a',)
try:
    S().a
except AttributeError as e:
    print(e)
P = collections.namedtuple('P', 'x')
import types
ns = {}
exec("class T:\n    __slots__ = ('b',)\n", ns)
try: ns['T']().b
except AttributeError as e: print(e)
class R: __slots__ = ('c',)
R.__module__ = 'pkg.mod'
try: R().c
except AttributeError as e: print(e)
try:
    del R().c
except AttributeError as e: print(e)
