# cwd: tmp
# makedirs with trailing separators and '.', bytes, exist_ok over a file; removedirs and renames.
import os

os.makedirs('a/b/c/')
print(os.path.isdir('a/b/c'))
os.makedirs('n1/n2/.')
print(os.path.isdir('n1/n2'))
os.makedirs(b'bytes/dir/.')
print(os.path.isdir('bytes/dir'))
for args in (('a/b/c',), ('a/b/c', 0o777, True)):
    try:
        os.makedirs(*args)
        print('ok', args)
    except FileExistsError as exc:
        print('FileExistsError', exc)
with open('file', 'w'):
    pass
for name, ok in (('file', True), ('file/sub', True), ('file/sub/deeper', False)):
    try:
        os.makedirs(name, exist_ok=ok)
    except OSError as exc:
        print(type(exc).__name__, exc)
os.makedirs('m/x/y', mode=0o700)
print(oct(os.stat('m/x/y').st_mode & 0o777))
os.removedirs('a/b/c')
print(os.path.exists('a'))
os.makedirs('keep/one/two')
with open('keep/f', 'w'):
    pass
os.removedirs('keep/one/two')
print(os.path.exists('keep/one'), os.path.exists('keep'))
try:
    os.removedirs('keep/nothing')
except FileNotFoundError as exc:
    print('FileNotFoundError', exc)
os.makedirs('src/deep')
with open('src/deep/f', 'w') as f:
    f.write('x')
os.renames('src/deep/f', 'dst/new/g')
print(os.path.exists('src'), open('dst/new/g').read())
