# Seeded round trips through unicode_escape and raw_unicode_escape.
import random
rng = random.Random(3)
pool = 'ab \\\'"\t\n\r\x00\x7f\x80\xe9\xff\u0100\u20ac\uffff\U00010000\U0010ffff\ud800'
for enc in ['unicode_escape', 'raw_unicode_escape']:
    same = 0
    sizes = 0
    for _ in range(300):
        text = ''.join(rng.choice(pool) for _ in range(rng.randrange(15)))
        data = text.encode(enc)
        sizes += len(data)
        same += data.decode(enc) == text
    print(enc, same, sizes)
