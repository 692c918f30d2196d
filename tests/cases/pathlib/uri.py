# Path.as_uri and Path.from_uri, and their errors.
from pathlib import Path

for p in ['/a b/c%', '/é/~x', '//x/y', '/', '/a/b:c@d', '/q?x#y']:
    print(Path(p).as_uri())
for uri in ['file:///a%20b/c', 'file://localhost/etc', 'file:/etc/x', 'file:////x/y',
            'file:///%C3%A9', 'http://x', 'file:a', 'file://host/etc', 'file:///a%2']:
    try:
        print(repr(Path.from_uri(uri)))
    except ValueError as e:
        print('ValueError:', e)
try:
    Path('rel').as_uri()
except ValueError as e:
    print('ValueError:', e)
