# os.environ's MutableMapping methods, views and operators, and environb beside it.
import os

for k in [k for k in os.environ if k.startswith('CIPY_E')]:
    del os.environ[k]
e = os.environ
e['CIPY_E1'] = 'one'
print(e.setdefault('CIPY_E1', 'x'), e.setdefault('CIPY_E2', 'two'), e['CIPY_E2'])
print(e.pop('CIPY_E2'), e.pop('CIPY_E2', 'gone'), 'CIPY_E2' in e)
try:
    e.pop('CIPY_E2')
except KeyError as exc:
    print('KeyError', exc)
e.update([('CIPY_E3', 'three')], CIPY_E4='four')
e.update({'CIPY_E5': 'five'})
print(sorted(k for k in e if k.startswith('CIPY_E')))
merged = e | {'CIPY_E6': 'six'}
print(type(merged).__name__, merged['CIPY_E6'], 'CIPY_E6' in e)
rmerged = {'CIPY_E1': 'shadowed', 'X': 1} | e
print(type(rmerged).__name__, rmerged['CIPY_E1'], rmerged['X'])
e |= {'CIPY_E7': 'seven'}
print(e['CIPY_E7'], os.getenv('CIPY_E7'), os.getenvb(b'CIPY_E7'))
print(e.copy() == dict(e), e == dict(e), e != {}, e == 5)
try:
    e | 5
except TypeError as exc:
    print('TypeError', exc)
for bad in (1, b'x', None):
    try:
        e[bad] = 'v'
    except TypeError as exc:
        print('TypeError', exc)
    try:
        e['CIPY_E8'] = bad
    except TypeError as exc:
        print('TypeError', exc)
try:
    os.environb['CIPY_E8'] = b'v'
except TypeError as exc:
    print('TypeError', exc)
os.environb[b'CIPY_E9'] = b'nine'
print(e['CIPY_E9'], os.environb[b'CIPY_E9'])
keys = e.keys()
print(type(keys).__name__, 'CIPY_E1' in keys, ('CIPY_E1', 'one') in e.items(), 'one' in e.values())
print(sorted(keys & {'CIPY_E1', 'nope'}), sorted({'CIPY_E1', 'nope'} - keys), len(keys ^ set(keys)))
print(sorted(x for x in keys | {'zz'} if x.startswith('CIPY_E') or x == 'zz'))
try:
    (1, 2, 3) in e.items()
except ValueError as exc:
    print('ValueError', exc)
print(hash(None) is not None, e.__hash__)
for k in [k for k in e if k.startswith('CIPY_E')]:
    del e[k]
try:
    del e['CIPY_E1']
except KeyError as exc:
    print('KeyError', exc)
print(sorted(k for k in e if k.startswith('CIPY_E')))
