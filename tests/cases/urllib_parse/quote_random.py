import random
from urllib.parse import quote, quote_plus, unquote, unquote_plus, quote_from_bytes, unquote_to_bytes

rng = random.Random(12)
CHARS = [chr(c) for c in range(0x20, 0x7f)] + ['\u00e9', '\u20ac', '\U0001f600', '\t', '\n']
for _ in range(300):
    s = ''.join(rng.choice(CHARS) for _ in range(rng.randint(0, 12)))
    safe = ''.join(rng.choice(CHARS[:95]) for _ in range(rng.randint(0, 3)))
    q, qp = quote(s, safe), quote_plus(s, safe)
    ok = unquote(q) == s, unquote_plus(qp) == s
    b = s.encode('utf-8')
    ok += (unquote_to_bytes(quote_from_bytes(b, safe)) == b,)
    print(repr(s), repr(safe), q, qp, repr(unquote(s)), repr(unquote_plus(s)), ok)
