# The operator module: the functions are _operator's (C); this module adds
# the names with double underscores, as CPython's does.

from _operator import *
from _operator import __doc__

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf', 'delitem', 'eq',
           'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul',
           'imod', 'imul', 'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift', 'is_', 'is_none',
           'is_not', 'is_not_none', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le', 'length_hint', 'lshift',
           'lt', 'matmul', 'methodcaller', 'mod', 'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']


def _dunder_aliases(namespace):
    # __add__ for add, and so on; and_, or_ and not_ lose their trailing '_'
    for name in __all__:
        if name in ('attrgetter', 'itemgetter', 'methodcaller', 'countOf', 'indexOf', 'is_', 'is_not',
                    'is_none', 'is_not_none', 'length_hint', 'truth'):
            continue
        namespace[f"__{name.rstrip('_')}__"] = namespace[name]


_dunder_aliases(globals())
del _dunder_aliases
