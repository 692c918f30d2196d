from urllib.parse import quote, quote_plus, quote_from_bytes

TEXTS = ['abc def', 'a/b/c', 'a+b=c&d', '~user/_.-', '\u00e9t\u00e9', '\u65e5\u672c', '100%', '', ' ', '\x00\x7f',
         'http://h/p?q=1#f', "!*'();:@&=+$,/?#[]", '\U0001f600']
for t in TEXTS:
    print(repr(t), quote(t), quote(t, safe=''), quote(t, safe='/:?=&'), quote_plus(t), quote_plus(t, safe='/+'))
print(quote('\u00e9', encoding='latin-1'), quote('\u20ac', encoding='latin-1', errors='replace'))
print(quote('\u20ac', encoding='ascii', errors='ignore'), quote_plus('a \u00e9', encoding='latin-1'))
print(quote(b'abc def\xff'), quote(bytearray(b'a b')), quote_plus(b'a b+c'), quote_plus(b'ab'))
print(quote_from_bytes(b'abc def\x3f'), quote_from_bytes(b'/a/b', safe=''), quote_from_bytes(b'a\xffb', b'\xff/'))
print(quote_from_bytes(b''), quote_from_bytes(bytearray(b'~x y')), quote('a\u00e9', safe='\u00e9'))
print(quote('abc', safe=b'b'), quote(b'a b', safe=b' '), quote_plus('a b', safe=b'/'))
for args, kw in [(('x',), {'encoding': 'bogus'}), ((b'x',), {'encoding': 'utf-8'}), ((b'x',), {'errors': 'strict'}),
                 ((5,), {}), (('\u20ac',), {'encoding': 'ascii'}), (('x',), {'safe': 5}), ((None,), {})]:
    try:
        print(quote(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
for bad in ['str', 5, None, [1]]:
    try:
        print(quote_from_bytes(bad))
    except TypeError as e:
        print('TypeError:', e)
try:
    quote_plus(5)
except TypeError as e:
    print('TypeError:', e)
print(quote('a' * 50 + ' ' + 'b' * 50))
print(quote_plus(bytearray(b'a b+c')), quote_plus(bytearray(b'ab')), quote_plus(b'a b', safe=b'+'))
for bad in [5, None]:
    try:
        quote_plus(bad, safe=b'x')
    except TypeError as e:
        print('TypeError:', e)
