import random
from urllib.parse import urlencode, parse_qs, parse_qsl, quote

rng = random.Random(11)
ALPHA = ['a', 'b', ' ', '&', '=', '+', '%', '\u00e9', '\u65e5', '/', '?', '#', ';', '~', '\x00', '1']
for _ in range(200):
    pairs = [(''.join(rng.choice(ALPHA) for _ in range(rng.randint(1, 4))),
              ''.join(rng.choice(ALPHA) for _ in range(rng.randint(0, 5)))) for _ in range(rng.randint(1, 4))]
    q = urlencode(pairs)
    back = parse_qsl(q, keep_blank_values=True)
    assert back == pairs, (pairs, q, back)
    q2 = urlencode(pairs, quote_via=quote, safe='/')
    print(q, q2, parse_qs(q2), parse_qsl(q2))
