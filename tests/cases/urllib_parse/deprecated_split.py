import warnings
import urllib.parse as up

CALLS = [('splittype', ['http://h/p', 'HTTP:x', '/a:b', ':x', 'noscheme', 'a:b:c', 'a\nb:c', '']),
         ('splithost', ['//h:1/p', '//h?q', '//h#f', '//h', '/p', '//', '//a/b/c', '//h\n/p']),
         ('splituser', ['u:p@h:1', 'h', 'a@b@c', '@h', '']),
         ('splitpasswd', ['u:p', 'u', 'u:', 'u:p:q', '']),
         ('splitport', ['h:80', 'h', 'h:', 'h:x', '[::1]:8', 'h:8:9', 'h:\u0663', ':1', 'a\n:1']),
         ('splitnport', ['h:80', 'h', 'h:', 'h:x', 'h:\u0663', ':7', 'a:b:9']),
         ('splitquery', ['/p?q', '/p', '/p?a?b', '?']),
         ('splittag', ['/p#t', '/p', '/p#a#b', '#']),
         ('splitattr', ['/p;a=1;b=2', '/p', ';', '']),
         ('splitvalue', ['a=1', 'a', 'a=b=c', '='])]
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    for name, args in CALLS:
        f = getattr(up, name)
        for a in args:
            print(name, repr(a), f(a))
    print(up.splitnport('h', 99), up.splitnport('h:', defport=5), up.to_bytes('http://x'))
    seen = sorted({str(x.message) for x in w})
    print(len(w), seen)
    print({x.category.__name__ for x in w}, {x.filename == __file__ for x in w})
try:
    up._to_bytes('\u00e9')
except UnicodeError as e:
    print('UnicodeError:', e)
print(up._splittype('ftp://x'), up._splitport('h:1'), up.splittype.__name__)
