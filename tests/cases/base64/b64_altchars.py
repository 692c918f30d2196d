# Alternative characters for '+' and '/'.
import base64

data = b'\xfb\xff\xbf\xfe'
for alt in (b'-_', b'*.', bytearray(b'~!'), '-_'):
    try:
        enc = base64.b64encode(data, alt)
        print(repr(alt), enc, base64.b64decode(enc, alt))
    except TypeError as e:
        print(repr(alt), 'TypeError:', e)
print(base64.b64decode('-_-_', '-_'), base64.b64decode(b'+/+/', b'-_'))
for alt in (b'-', b'-_.'):
    for f in (base64.b64encode, base64.b64decode):
        try:
            f(b'YWJj', alt)
        except AssertionError as e:
            print(f.__name__, 'AssertionError:', e)
try:
    base64.b64encode(b'a', 5)
except TypeError as e:
    print(e)
