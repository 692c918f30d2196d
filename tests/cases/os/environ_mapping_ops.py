import os
e = os.environ
print(type(e | {'A': '1'}).__name__, type({'A': '1'} | e).__name__)
print((e | {'ZZZ_X': '1'})['ZZZ_X'], ({'PATH': 'x'} | e)['PATH'] == e['PATH'])
try:
    e | 5
except TypeError as x:
    print(x)
try:
    5 | e
except TypeError as x:
    print(x)
e |= {'ZZZ_Y': '2'}
print(e['ZZZ_Y'], os.getenv('ZZZ_Y'))
try:
    e |= 5
except TypeError as x:
    print(x)
print(e.setdefault('ZZZ_Y', '3'), e.setdefault('ZZZ_Z', '4'), os.environb.setdefault(b'ZZZ_Z', b'5'))
c = e.copy()
print(type(c).__name__, c['ZZZ_Z'])
print(e.get('NOPE_NOT_SET'), e.pop('ZZZ_Z'), 'ZZZ_Z' in e, e.pop('ZZZ_Z', 'gone'))
try:
    e.pop('ZZZ_Z')
except KeyError as x:
    print('KeyError', x)
try:
    e[1] = 'x'
except TypeError as x:
    print(x)
try:
    os.environb['x'] = b'y'
except TypeError as x:
    print(x)
print(e == dict(e), e != {}, os.environb == os.environ)
print(isinstance(e.keys(), __import__('collections.abc').abc.KeysView), type(e.items()).__name__, type(e.values()).__name__)
