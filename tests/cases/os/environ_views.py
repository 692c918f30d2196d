# keys(), values() and items() of os.environ are views, shown and compared as CPython's.
# env: CIPY_VA=1 CIPY_VB=2
import os

e = os._Environ({b'A': b'1', b'B': b'2'}, os.environ.encodekey, os.environ.decodekey,
                os.environ.encodevalue, os.environ.decodevalue)
print(e.keys(), e.items(), e.values())
print(type(e.keys()).__name__, sorted(e.keys() & {'A'}), sorted(e.keys() - {'A'}), sorted(e.items() | set()))
print('A' in e.keys(), ('A', '1') in e.items(), ('A', '2') in e.items(), '1' in e.values(), len(e.keys()))
print(e.keys() == {'A', 'B'}, list(e.values()), list(e.items()), {'A'} & e.keys(), e.keys().isdisjoint({'C'}))
print(sorted(k for k in os.environ.keys() if k.startswith('CIPY_V')), ('CIPY_VA', '1') in os.environ.items())
print(len(os.environ.keys()) == len(os.environ), '2' in os.environ.values())
