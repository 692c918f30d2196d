from urllib.parse import urljoin

BASE = 'http://a/b/c/d;p?q'
REFS = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s',
        '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '../../../../g',
        '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y',
        'g;x=1/../y', 'g?y/./x', 'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g', 'http:', 'http://', 'HTTP:g',
        '//', '///', '////x', 'a//b', './/g', '..//g', 'g//', 'https:g', 'mailto:x']
for ref in REFS:
    print(repr(ref), '->', repr(urljoin(BASE, ref)))
for base in ['http://a/b/c/d', 'http://a/b/c/', 'http://a', 'http://a/', 'http:///x', 'file:///tmp/junk.txt',
             'svn+ssh://h/repo/trunk', 'mailto:a@b', 'unknown://h/p/q', 'path/only', '/abs/path', '',
             'http://a/b/c/d?q#f', 'http://a/b//c/./d']:
    for ref in ['x', '../y', '?z', '#w', '/abs', '', '//other/o', 'http:rel', '.', 'ftp://f/']:
        print(repr(base), repr(ref), '->', repr(urljoin(base, ref)))
print(urljoin('http://a/b/c/d#f', '#g', allow_fragments=False))
print(urljoin('http://a/b/c/d', 'e#f', allow_fragments=False))
print(urljoin('http://a/b/c/d#f', '', allow_fragments=False))
