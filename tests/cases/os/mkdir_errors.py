# cwd: tmp
# mkdir, rmdir and remove when things are in the way.
import os

class P:
    def __fspath__(self): return 'viapath'

os.mkdir('d')
os.mkdir(b'e', 0o700)
os.mkdir(P())
print(sorted(os.listdir()), oct(os.stat('e').st_mode & 0o777))
tests = [(os.mkdir, 'd'), (os.mkdir, 'x/y'), (os.mkdir, ''), (os.rmdir, 'missing'),
         (os.rmdir, 'd/..'), (os.remove, 'd'), (os.unlink, 'missing'), (os.remove, b'missing'),
         (os.mkdir, 'a\0'), (os.mkdir, 7), (os.rmdir, None)]
fd = os.open('d/f', os.O_CREAT | os.O_WRONLY)
os.close(fd)
tests.append((os.rmdir, 'd'))
tests.append((os.mkdir, 'd/f/g'))
for f, a in tests:
    try:
        f(a)
        print(f.__name__, 'ok')
    except (OSError, TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)
try:
    os.mkdir('m', 'bad')
except TypeError as e:
    print(e)
