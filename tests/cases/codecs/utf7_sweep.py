# Seeded UTF-7 round trips, and incremental decoding in random pieces.
import random, codecs
rng = random.Random(7)
pool = 'ab +-~\\\n\t.\x00\xe9\u20ac\u4e00\U0001f600\ud800'
same = 0
pieces_ok = 0
for _ in range(300):
    text = ''.join(rng.choice(pool) for _ in range(rng.randrange(12)))
    data = text.encode('utf-7')
    same += data.decode('utf-7') == text
    d = codecs.getincrementaldecoder('utf-7')()
    out = []
    at = 0
    while at < len(data):
        n = rng.randrange(1, 4)
        out.append(d.decode(data[at:at + n]))
        at += n
    out.append(d.decode(b'', True))
    pieces_ok += ''.join(out) == text
print(same, pieces_ok)
