# join, commonpath, relpath, expanduser and ismount at their edges, with their errors.
import os
import posixpath as pp

for args in (('',), ('', ''), ('a', ''), ('', 'b'), ('/', 'x'), ('a/', 'b', '/c', 'd'), (b'a', b'/b'),
             ('', b'x'), (b'', 'x'), ('a', None), ('a', 'b', 3)):
    try:
        print(repr(pp.join(*args)))
    except TypeError as exc:
        print('TypeError', exc)
for paths in (['/a/b', '/a/c'], ['a/./b', 'a/b/c'], ['/', '/a'], ['/a', 'b'], ['/a', b'b'],
              [b'/x/y', b'/x/z'], ['a', 'a'], ['a', 'b'], ('x//y',), iter(['/p/q', '/p/q/r']), [],
              ['/a', 1], [1]):
    try:
        print(repr(pp.commonpath(paths)))
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)
os.chdir('/tmp')
for args in (('/a/b/c', '/a/d'), ('/a', '/a'), ('x', '/tmp'), ('/', '/a/b'), (b'/a/b', b'/c'),
             ('a', b'b'), ('',), ('a', ''), ('/a/b', None)):
    try:
        print(repr(pp.relpath(*args)))
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)
saved = os.environ.pop('HOME', None)
os.environ['HOME'] = '/home/someone/'
print(pp.expanduser('~'), pp.expanduser('~/x'), pp.expanduser(b'~/y'), pp.expanduser('a~'))
os.environ['HOME'] = '/'
print(repr(pp.expanduser('~')), repr(pp.expanduser('~/z')))
os.environ['HOME'] = ''
print(repr(pp.expanduser('~')), repr(pp.expanduser('~/z')))
del os.environ['HOME']
print(pp.expanduser('~root/q'), pp.expanduser(b'~root'), pp.expanduser('~no_such_user_xyz/q'))
if saved is not None:
    os.environ['HOME'] = saved
print(pp.ismount('/'), pp.ismount('/tmp/definitely-missing'), pp.ismount(b'/'), pp.ismount('/proc'))
try:
    pp.ismount(3.5)
except TypeError as exc:
    print('TypeError', exc)
