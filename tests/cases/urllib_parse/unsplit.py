from urllib.parse import urlunsplit, urlunparse, urlsplit, urlparse

for parts in [('http', 'h', '/p', 'q', 'f'), ('http', '', 'p', '', ''), ('http', '', '', '', ''),
              ('', '', '//x', '', ''), ('mailto', '', 'a@b', '', ''), ('file', '', '/etc', '', ''),
              ('', 'h', 'p', '', ''), ('x', None, '/p', None, None), ('http', 'h', '', '', 'f'),
              ('', '', '', '', ''), ('svn+ssh', '', '', '', ''), ('unknown', '', '/p', '', '')]:
    print(parts, repr(urlunsplit(parts)), repr(urlunsplit(list(parts))))
for parts in [('http', 'h', '/p', 'a', 'q', 'f'), ('http', 'h', '/p', '', '', ''), ('', '', 'x', 'y', '', ''),
              ('tel', '', '+1', 'ext=2', '', '')]:
    print(parts, repr(urlunparse(parts)))
print(urlunsplit((b'http', b'h', b'/p', b'q', b'')))
print(urlunparse((b'http', b'h', b'/p', b'x', b'q', b'f')))
for u in ['http://h/p?', 'http://h/p#', 'http://h?#', 'http:', 'http://', 'http:///', '///x', 'a://b//c']:
    print(repr(u), repr(urlsplit(u).geturl()), repr(urlparse(u).geturl()))
try:
    urlunsplit(('http', b'h', '/', '', ''))
except TypeError as e:
    print('TypeError:', e)
try:
    urlunsplit(('a', 'b'))
except ValueError as e:
    print('ValueError:', e)
