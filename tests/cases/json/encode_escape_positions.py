# The encoder's escaping of every character that needs it, at every place in
# strings of several lengths (the scan goes eight characters at a time), in
# both modes, with narrow and wide strings and the builder widened by an
# earlier wide string.
import json

specials = ['"', '\\', '\n', '\r', '\t', '\b', '\f', '\x00', '\x1f', '\x7f', '\x80', '\xe9', '\xff', ' ', '~']
for length in (1, 7, 8, 9, 16, 17):
    for ch in specials:
        for pos in sorted({0, length // 2, length - 1}):
            s = ''.join(ch if i == pos else chr(ord('a') + i % 26) for i in range(length))
            a = json.dumps(s)
            u = json.dumps(s, ensure_ascii=False)
            print(length, repr(ch), pos, a, repr(u), json.loads(a) == s)

# wide strings, and narrow ones after a wide one in the same document
print(json.dumps(['\u20ac', 'caf\xe9', 'plain "q"', '\U0001f600x'], ensure_ascii=False))
print(json.dumps(['\u20ac', 'caf\xe9', 'plain "q"', '\U0001f600x']))
print(repr(json.dumps({'\u0100key': 'tab\there', 'k\xe9y': ['\x7f\x80', '']}, ensure_ascii=False)))
print(json.dumps({'\u0100key': 'tab\there', 'k\xe9y': ['\x7f\x80', '']}, indent=1, sort_keys=True))
long = 'x' * 1000 + '\n' + '\xe9' * 300 + '"'
print(len(json.dumps(long)), len(json.dumps(long, ensure_ascii=False)), json.dumps(long)[-20:])
print(json.dumps([1.5, -0.0, 1e16, 1e-5, 123456789.125, 0.1, 2.5e-320, 1.7976931348623157e308, 4.35]))
try:
    json.dumps([float('nan')], allow_nan=False)
except ValueError as exc:
    print('ValueError', exc)
print(json.dumps([float('inf'), float('-inf'), float('nan')]))
