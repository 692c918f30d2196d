# Bytes through surrogateescape and back, seeded, for several codecs.
import random
rng = random.Random(5)
for enc in ['utf-8', 'ascii', 'latin-1', 'cp1252', 'utf-16-le', 'utf-32-be', 'koi8-r']:
    same = 0
    errors = []
    for _ in range(200):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(12)))
        try:
            text = data.decode(enc, 'surrogateescape')
            same += text.encode(enc, 'surrogateescape') == data
        except UnicodeError as e:
            errors.append((type(e).__name__, e.reason))
    print(enc, same, len(errors), sorted(set(errors))[:3])
print(ascii(b'\x80abc\xff'.decode('ascii', 'surrogateescape')), '\udc80\udcff'.encode('latin-1', 'surrogateescape'))
try:
    '\udc7f'.encode('ascii', 'surrogateescape')
except UnicodeEncodeError as e:
    print(e)
