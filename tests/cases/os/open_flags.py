# cwd: tmp
# The effect of open's flags: O_EXCL, O_TRUNC, O_APPEND, O_CREAT with a mode under umask.
import os, stat

old = os.umask(0o027)
fd = os.open('f', os.O_CREAT | os.O_WRONLY, 0o777)
os.write(fd, b'0123456789')
os.close(fd)
print(oct(stat.S_IMODE(os.stat('f').st_mode)))
fd = os.open('f', os.O_WRONLY | os.O_TRUNC)
os.write(fd, b'ab')
os.close(fd)
fd = os.open('f', os.O_WRONLY | os.O_APPEND)
os.lseek(fd, 0, os.SEEK_SET)
os.write(fd, b'cd')
os.close(fd)
fd = os.open('f', os.O_RDONLY)
print(os.read(fd, 100))
try:
    os.write(fd, b'x')
except OSError as e:
    print(type(e).__name__, e)
os.close(fd)
for flags in (os.O_CREAT | os.O_EXCL | os.O_WRONLY, os.O_RDONLY | os.O_DIRECTORY, os.O_WRONLY | os.O_NOFOLLOW):
    try:
        os.close(os.open('f', flags))
        print('opened')
    except OSError as e:
        print(type(e).__name__, e)
os.symlink('f', 'link')
try:
    os.open('link', os.O_RDONLY | os.O_NOFOLLOW)
except OSError as e:
    print(type(e).__name__, e)
os.umask(old)
