# escape_encode/escape_decode over every byte value.
import _codecs as c, warnings
warnings.simplefilter('ignore')
data = bytes(range(256))
enc, n = c.escape_encode(data)
print(n, enc)
print(c.escape_decode(enc) == (data, len(enc)))
for s in [b'\\0\\00\\000\\0000', b'\\x00\\xFF\\xfg', b"\\'\\\"\\a\\b", b'\\\n', b'\\z\\y']:
    try:
        print(s, c.escape_decode(s))
    except ValueError as e:
        print(s, e)
