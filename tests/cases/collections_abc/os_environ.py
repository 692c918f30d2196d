# os.environ is a MutableMapping, as in CPython.
import os
from collections.abc import MutableMapping, Mapping
print(isinstance(os.environ, MutableMapping), isinstance(os.environb, Mapping), [c.__name__ for c in type(os.environ).__mro__])
print(type(os.environ.keys()).__name__, 'PATH' in os.environ.keys())
try:
    reversed(os.environ)
except TypeError as e:
    print(e)
print(sorted(MutableMapping.__abstractmethods__))
match os.environ:
    case {'PATH': p}:
        print('mapping pattern', bool(p))
