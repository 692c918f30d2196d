# Seeded random inputs through every base64 codec, errors included.
import base64, binascii
seed = 11
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return (seed >> 8) % n
alpha32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567=01abc!'
alpha85 = bytes(range(33, 127)) + b' \n\tzy~<>'
out = []
for n in range(4000):
    k = rnd(7)
    if k == 0:
        s = bytes(alpha32[rnd(len(alpha32))] for _ in range(rnd(20)))
        calls = [lambda: base64.b32decode(s), lambda: base64.b32decode(s, True, b'L'), lambda: base64.b32hexdecode(s, True)]
    elif k == 1:
        s = bytes(alpha85[rnd(len(alpha85))] for _ in range(rnd(16)))
        calls = [lambda: base64.b85decode(s), lambda: base64.z85decode(s)]
    elif k == 2:
        s = bytes(alpha85[rnd(len(alpha85))] for _ in range(rnd(16)))
        calls = [lambda: base64.a85decode(s), lambda: base64.a85decode(s, foldspaces=True), lambda: base64.a85decode(b'<~' + s + b'~>', adobe=True)]
    else:
        s = bytes(rnd(256) if rnd(3) else rnd(2) * 32 for _ in range(rnd(30)))
        calls = [lambda: base64.b32encode(s), lambda: base64.b85encode(s, pad=bool(k & 1)), lambda: base64.z85encode(s),
                 lambda: base64.a85encode(s, foldspaces=bool(k & 1), wrapcol=rnd(9), pad=bool(k & 2), adobe=bool(k & 4)),
                 lambda: base64.b16encode(s), lambda: base64.encodebytes(s)]
    for c in calls:
        try: r = c()
        except Exception as e: r = '%s %s' % (type(e).__name__, e)
        out.append(repr(r))
print(len(out), binascii.crc32('\n'.join(out).encode()))
