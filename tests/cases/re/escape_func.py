# re.escape: which characters it escapes (str and bytes), and that an escaped
# string matches itself literally.
import re

ascii_chars = ''.join(map(chr, range(128)))
print(ascii(re.escape(ascii_chars)))
print(re.escape(bytes(range(256))))
for s in ['a.b*c', '', '\u00e9\u4e00 \U0001f600', 'x\ny', '-_~', '[a-z]+', '\\d', '#comment', '\x00']:
    e = re.escape(s)
    print(ascii(s), ascii(e), re.fullmatch(e, s) is not None, re.fullmatch(e, s, re.X) is not None)
for bad in [5, None, ['a']]:
    try:
        print(re.escape(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(re.escape(bytearray(b'a.b')) if False else re.escape(b'a.b'))
