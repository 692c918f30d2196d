import html
import random

rng = random.Random(5)
alphabet = ['&', '<', '>', '"', "'", 'a', ' ', '\u00e9', '\u2665', '#', ';', 'amp', 'x']
for _ in range(300):
    s = ''.join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
    e = html.escape(s)
    assert html.unescape(e) == s, s
    print(repr(s), repr(e), repr(html.unescape(s)))
