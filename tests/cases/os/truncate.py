# cwd: tmp
# truncate and ftruncate grow and shrink a file.
import os

fd = os.open('f', os.O_CREAT | os.O_RDWR)
os.write(fd, b'abcdefgh')
os.truncate('f', 3)
print(os.stat('f').st_size, os.pread(fd, 10, 0))
os.ftruncate(fd, 6)
print(os.stat('f').st_size, os.pread(fd, 10, 0))
os.truncate(b'f', 0)
print(os.fstat(fd).st_size)
for f, a in [(os.truncate, ('missing', 1)), (os.truncate, ('f', 'x')), (os.ftruncate, (fd, -1)),
             (os.truncate, ('.', 0)), (os.ftruncate, (9999, 0))]:
    try:
        f(*a)
    except (OSError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
os.close(fd)
