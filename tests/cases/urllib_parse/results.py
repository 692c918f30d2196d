import urllib.parse as up

r = up.urlsplit('http://u:p@h:1/p?q#f')
print(type(r).__name__, type(r).__mro__[1].__name__, r._fields, isinstance(r, tuple))
print(r._replace(scheme='https', fragment=''))
print(r._replace(netloc='x').geturl())
print(r._asdict())
e = r.encode()
print(e, type(e).__name__, e.hostname, e.port, e.username)
print(e.decode(), type(e.decode()).__name__)
print(r.encode('utf-8').geturl())
p = up.urlparse('http://h/p;x?q#f')
print(p._replace(params='y').geturl(), p.encode('ascii'))
d = up.urldefrag('http://h/p?q#frag')
print(d, d.geturl(), type(d).__name__, d.encode())
print(up.urldefrag('http://h/p'), up.urldefrag('http://h/p#').geturl())
print(up.urldefrag(b'http://h/p#x'), up.urldefrag(b'http://h/p#x').geturl())
print(up.urldefrag('#a#b'), up.urldefrag('x#'))
print(up.SplitResult('a', 'b', 'c', 'd', 'e').geturl(), up.ParseResult('a', 'b', '/c', 'd', 'e', 'f').geturl())
print(up.SplitResult[str], up.ParseResultBytes[bytes])
print(up.SplitResultBytes(b'http', b'h', b'/p', b'', b'').geturl())
try:
    up.SplitResult('http', 'h', '/', '', '').encode('ascii', 'strict').foo
except AttributeError as e:
    print('AttributeError:', e)
try:
    up.urlsplit('http://h/\u00e9').encode()
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
print(up.urlsplit('http://h/\u00e9').encode('utf-8', 'strict'))
print(r == ('http', 'u:p@h:1', '/p', 'q', 'f'), hash(r) == hash(tuple(r)))
print(sorted(up.__all__))
print(up.urlsplit('http://h/').__slots__, hasattr(r, '__dict__'))
print(up.unwrap('<URL:http://h/p>'), up.unwrap(' <http://x> '), up.unwrap('URL: y'))
print(len(up.uses_netloc), len(up.uses_relative), len(up.uses_params), len(up.non_hierarchical), up.scheme_chars)
