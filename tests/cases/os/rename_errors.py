# cwd: tmp
# rename and replace: both names appear in the error.
import os

os.mkdir('d')
os.mkdir('full')
fd = os.open('full/x', os.O_CREAT | os.O_WRONLY)
os.close(fd)
fd = os.open('f', os.O_CREAT | os.O_WRONLY)
os.close(fd)
for f in (os.rename, os.replace):
    for a, b in [('missing', 'x'), ('f', 'nodir/x'), ('d', 'full'), ('f', 'd'), (b'missing', b'x'),
                 ('missing', b'x'), ('a\0', 'b'), ('f', 3)]:
        try:
            f(a, b)
        except (OSError, TypeError, ValueError) as e:
            print(f.__name__, type(e).__name__, e, e.args if isinstance(e, OSError) else '')
try:
    os.rename('missing', 'x')
except OSError as e:
    print(e.filename, e.filename2, e.errno)
os.rename('f', 'g')
os.replace('g', 'd/h')
print(sorted(os.listdir()), os.listdir('d'))
