# cwd: tmp
# readv and writev, sendfile, lockf, posix_fallocate, posix_fadvise, getrandom.
import os

r, w = os.pipe()
print(os.writev(w, [b'ab', bytearray(b'cd'), b'', b'efg']))
a, b = bytearray(3), bytearray(10)
print(os.readv(r, [a, b]), a, b)
print(os.writev(w, []), os.writev(w, (b'x' for _ in range(3))))
print(os.read(r, 10))
for f, args in [(os.readv, (r, [b'x'])), (os.readv, (r, 5)), (os.writev, (w, [1])), (os.writev, (w, 'ab'))]:
    try:
        f(*args)
    except (TypeError, BufferError) as e:
        print(f.__name__, type(e).__name__, e)
src = os.open('src', os.O_CREAT | os.O_RDWR)
os.write(src, b'0123456789')
dst = os.open('dst', os.O_CREAT | os.O_RDWR)
print(os.sendfile(dst, src, 2, 5), os.sendfile(dst, src, 0, 100), os.pread(dst, 100, 0))
os.lseek(src, 8, os.SEEK_SET)
print(os.sendfile(dst, src, None, 100), os.pread(dst, 100, 0), os.lseek(src, 0, os.SEEK_CUR))
os.lockf(src, os.F_LOCK, 0)
os.lockf(src, os.F_TEST, 0)
os.lockf(src, os.F_ULOCK, 0)
os.posix_fallocate(dst, 0, 4096)
print(os.fstat(dst).st_size)
os.posix_fadvise(src, 0, 0, os.POSIX_FADV_SEQUENTIAL if hasattr(os, 'POSIX_FADV_SEQUENTIAL') else 2)
for f, args in [(os.lockf, (9999, 0, 0)), (os.posix_fallocate, (9999, 0, 1)), (os.sendfile, (dst, 9999, 0, 1)),
                (os.getrandom, (-1,))]:
    try:
        f(*args)
    except OSError as e:
        print(f.__name__, type(e).__name__, e)
print(len(os.getrandom(16)), os.getrandom(0), len(os.getrandom(5, os.GRND_NONBLOCK if hasattr(os, 'GRND_NONBLOCK') else 1)))
for fd in (r, w, src, dst):
    os.close(fd)
