from urllib.parse import urlencode, quote, quote_plus

print(urlencode({'a': 1, 'b': 'x y', 'c': '\u00e9', b'd': b'\xff e'}))
print(urlencode([('a', 1), ('a', 2), ('sp ace', '/&=+')]))
print(urlencode({'k': [1, 2, 'z']}), urlencode({'k': [1, 2, 'z']}, doseq=True), urlencode({'k': (b'x', 'y')}, True))
print(urlencode({'k': 'str'}, doseq=True), urlencode({'k': b'by'}, doseq=True), urlencode({'k': 5}, doseq=True))
print(urlencode({'k': []}, doseq=True), urlencode({'k': {'x': 1}}, doseq=True), urlencode({}))
print(urlencode({'a': '/b c'}, safe='/'), urlencode({'a': '/b c'}, quote_via=quote), urlencode({'a': '/b c'}, quote_via=quote, safe='/'))
print(urlencode({'a': '\u00e9'}, encoding='latin-1'), urlencode({'a': '\u20ac'}, encoding='ascii', errors='xmlcharrefreplace'))
print(urlencode({'a': None, 'b': True, 3: 4.5}))
print(urlencode([]), urlencode(()), urlencode([('x', 'y')], quote_via=lambda s, *a: '<%s>' % (s,)))
for bad in ['abc', ['ab'], 5, [1, 2], None]:
    try:
        print(urlencode(bad))
    except TypeError as e:
        print('TypeError:', e, repr(e.__cause__))
try:
    urlencode([('a', 'b', 'c')])
except ValueError as e:
    print('ValueError:', e)
try:
    urlencode({'a': '\u20ac'}, encoding='ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
class M:
    def items(self):
        return [('m', 'v w')]
print(urlencode(M()))
