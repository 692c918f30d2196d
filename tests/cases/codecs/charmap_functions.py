# charmap_decode/charmap_encode/charmap_build with each kind of mapping.
import _codecs as c
table = '\x00' + ''.join(chr(i) for i in range(1, 256))
m = c.charmap_build(table)
calls = [
 lambda: c.charmap_decode(b"\x00\x05", "strict", "ab"),
 lambda: c.charmap_decode(b"\x00\x01", "strict", "a\ufffe"),
 lambda: c.charmap_decode(b"\x00\x01\x01", "replace", "a\ufffe"),
 lambda: c.charmap_decode(b"\x00\x01", "strict", {0: "xy", 1: 300}),
 lambda: c.charmap_decode(b"\x00", "strict", {0: 0x110000}),
 lambda: c.charmap_decode(b"\x00", "strict", {0: b"x"}),
 lambda: c.charmap_decode(b"\x00", "strict", {}),
 lambda: c.charmap_decode(b"\x00", "strict", {0: None}),
 lambda: c.charmap_decode(b"\x00", "strict", {0: -1}),
 lambda: c.charmap_decode(b"\x00\x01", "strict", ""),
 lambda: c.charmap_decode(b"\x00", "strict", {0: "\ufffe"}),
 lambda: c.charmap_decode(b"\x00", "strict", {0: 0xfffe}),
 lambda: c.charmap_decode(b"\x00", "strict", 5),
 lambda: c.charmap_decode(b"\xe9"),
 lambda: c.charmap_decode(b"\x00\x01", "backslashreplace", "a"),
 lambda: c.charmap_decode(b"\x00\x01", "strict", "a\U00010000"),
 lambda: c.charmap_decode("ab", "strict", "ab"),
 lambda: c.charmap_encode("ab", "strict", {97: 1, 98: b"zz"}),
 lambda: c.charmap_encode("a", "strict", {97: 256}),
 lambda: c.charmap_encode("a", "strict", {97: "x"}),
 lambda: c.charmap_encode("ab", "strict", {97: 1}),
 lambda: c.charmap_encode("ab", "replace", {97: 1}),
 lambda: c.charmap_encode("ab", "replace", {97: 1, 63: 7}),
 lambda: c.charmap_encode("ab", "xmlcharrefreplace", {97: 1}),
 lambda: c.charmap_encode("ab\u0100c", "ignore", m),
 lambda: c.charmap_encode("\xe9", None, None),
 lambda: c.charmap_encode("b\u0100\u0101c", "strict", m),
 lambda: c.charmap_encode("a", "strict", {97: -1}),
 lambda: c.charmap_encode("\u0100", "backslashreplace", m),
 lambda: c.charmap_encode("\u0100", "strict", {}),
 lambda: c.charmap_encode("a", "strict", 5),
 lambda: type(c.charmap_build(table)).__name__,
 lambda: c.charmap_build('abc'),
 lambda: c.charmap_build('aab'),
 lambda: type(c.charmap_build(''.join(chr(0x100 + i) for i in range(256)))).__name__,
 lambda: c.charmap_encode('ab', 'strict', c.charmap_build('\x00' + 'ab' * 127 + 'c')),
]
for f in calls:
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, ascii(str(e)))
