# cwd: tmp
# makedirs (exist_ok), removedirs, renames.
import os

os.makedirs('a/b/c')
print(sorted(os.listdir('a')), os.listdir('a/b'))
os.makedirs('a/b/c', exist_ok=True)
try:
    os.makedirs('a/b/c')
except FileExistsError as e:
    print(type(e).__name__, e)
os.makedirs(b'x/y/', mode=0o755)
os.makedirs('p/./q')
print(sorted(os.listdir()), os.listdir('p'))
os.close(os.open('a/file', os.O_CREAT | os.O_WRONLY))
for args, kw in [(('a/file',), {'exist_ok': True}), (('a/file/sub',), {}), (('',), {})]:
    try:
        os.makedirs(*args, **kw)
    except OSError as e:
        print(type(e).__name__, e)
os.removedirs('a/b/c')
print(sorted(os.listdir()), os.listdir('a'))
os.renames('a/file', 'n1/n2/moved')
print(sorted(os.listdir()), os.listdir('n1/n2'))
try:
    os.removedirs('missing/dir')
except OSError as e:
    print(type(e).__name__, e)
