from urllib.parse import unquote, unquote_plus, unquote_to_bytes

TEXTS = ['abc%20def', '%7e/abc+def', '%', '%2', '%zz', '%2g%20', '%E9t%C3%A9', '%C3%A9%E6%97%A5', '\u00e9%20\u00e9',
         '%41%42%43', 'no escapes', '', '%%', '%25%32%30', '+%2B+', '%e2%82', '%E2%82%ACx', 'a%\u00e9b']
for t in TEXTS:
    print(repr(t), repr(unquote(t)), repr(unquote_plus(t)), unquote_to_bytes(t))
print(unquote('%E9', encoding='latin-1'), unquote('%E9', errors='strict' if False else 'ignore'))
print(unquote('%E9', encoding=None, errors=None), unquote('%ff%fe', errors='backslashreplace'))
try:
    unquote('%E9', errors='strict')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
print(unquote(b'abc%20def'), unquote(b'%E9', 'latin-1'), unquote_to_bytes(b'a%2Bb'))
try:
    unquote_to_bytes(bytearray(b'%41'))
except TypeError as e:
    print('TypeError:', e)
print(unquote_to_bytes(bytearray(b'x')))
print(unquote_to_bytes(''), unquote_to_bytes(b''), unquote_to_bytes('\u00e9%41'))
for bad in [None, 5, [], ['x']]:
    for f in (unquote, unquote_to_bytes, unquote_plus):
        try:
            print(f(bad))
        except (TypeError, AttributeError) as e:
            print(f.__name__, type(e).__name__, e)
try:
    unquote('%E9', encoding='nope')
except LookupError as e:
    print('LookupError:', e)
print(unquote(bytearray(b'%41')) if False else 'skip')
