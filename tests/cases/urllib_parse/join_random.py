import random
from urllib.parse import urljoin, urlsplit

rng = random.Random(13)
SEGS = ['a', 'b', '.', '..', '', 'c;d', 'e?f', 'g#h', '%2e', '%2E%2E', '...']
BASES = ['http://h/', 'http://h/x/y/z', 'http://h/x/y/', 'https://u@h:1/p/q?r#s', 'ftp://h/a/b', 'file:///a/b/c',
         'http://h', 'rel/a/b', '/abs/a/b', 'svn://h/a/b', 'ws://h/a/', 'foo://h/a/b']
for _ in range(400):
    ref = '/'.join(rng.choice(SEGS) for _ in range(rng.randint(1, 5)))
    if rng.random() < 0.3:
        ref = '/' + ref
    if rng.random() < 0.1:
        ref = '//' + ref
    base = rng.choice(BASES)
    out = urljoin(base, ref)
    print(repr(base), repr(ref), repr(out), urljoin(base, ref, allow_fragments=False) == out)
