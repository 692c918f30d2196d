import warnings
from urllib.parse import parse_qs, parse_qsl

QS = ['a=1&b=2&a=3', 'a=&b', 'a', '', '&&', 'a=1;b=2', 'x=%20y+z&%41=%42', '=v', 'k=', 'a=b=c', 'a=%E9',
      'sp+ace=pl%2Bus', 'a=1&&b=2', '\u00e9=\u00e8']
for q in QS:
    print(repr(q), parse_qsl(q), parse_qsl(q, keep_blank_values=True), parse_qs(q), parse_qs(q, True))
for q in ['a=1&b', 'a=1&&b=2', '&', 'a=1']:
    try:
        print(parse_qsl(q, strict_parsing=True))
    except ValueError as e:
        print('ValueError:', e)
    try:
        print(parse_qs(q, strict_parsing=True, keep_blank_values=True))
    except ValueError as e:
        print('ValueError:', e)
print(parse_qsl('a=1;b=2', separator=';'), parse_qs('a=1;;b=2', separator=';;'))
print(parse_qsl(b'a=1&b=%E9+x'), parse_qs(b'a=1&a=2'), parse_qsl(bytearray(b'x=y')), parse_qsl(memoryview(b'm=n')))
print(parse_qsl(b'a=1;b=2', separator=';'), parse_qsl('a=1|b=2', separator=b'|'))
print(parse_qsl('a=%E9', encoding='latin-1'), parse_qsl('a=%E9', errors='ignore'))
print(parse_qsl(None), parse_qs(None))
for sep in ['', None, 5, b'']:
    try:
        parse_qsl('a=1', separator=sep)
    except ValueError as e:
        print('ValueError:', e)
for n in [0, 1, 2, 3]:
    try:
        print(n, parse_qsl('a=1&b=2&c', max_num_fields=n))
    except ValueError as e:
        print(n, 'ValueError:', e)
try:
    parse_qs('a&b&c&d', max_num_fields=3)
except ValueError as e:
    print('ValueError:', e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(parse_qsl([]), parse_qsl(0), parse_qs(()))
    for x in w:
        print(x.category.__name__, x.message)
for bad in [5, [1], object()]:
    try:
        parse_qsl(bad)
    except TypeError as e:
        print('TypeError:', e)
