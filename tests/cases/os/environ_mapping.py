# os.environ as a mutable mapping.
# env: CIPY_M1=first CIPY_M2=second
import os

e = os.environ
print(e['CIPY_M1'], e.get('CIPY_M2'), len(e) == len(list(e)) == len(e.keys()))
print(e.setdefault('CIPY_M3', 'third'), e.setdefault('CIPY_M1', 'other'))
print(e.pop('CIPY_M3'), e.pop('CIPY_M3', 'gone'))
e.update({'CIPY_M4': 'four'}, CIPY_M5='five')
e.update([('CIPY_M6', 'six')])
print(sorted(k for k in e if k.startswith('CIPY_M')))
print(sorted((k, v) for k, v in e.items() if k.startswith('CIPY_M')))
c = e.copy()
print(type(c).__name__, c['CIPY_M4'])
merged = e | {'CIPY_M7': 'seven'}
print(type(merged).__name__, merged['CIPY_M7'], 'CIPY_M7' in e)
e |= {'CIPY_M8': 'eight'}
print(e['CIPY_M8'], ({'x': 'y'} | e)['CIPY_M8'])
print(e == dict(e), e != {})
try:
    e.pop('CIPY_NOPE')
except KeyError as err:
    print('KeyError', err)
try:
    hash(e)
except TypeError as err:
    print(err)
r = repr(e)
print(r.startswith("environ({"), r.endswith("})"), "'CIPY_M1': 'first'" in r)
