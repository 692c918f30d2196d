# cwd: tmp
# Descriptor-level I/O: open, read, write, lseek, pread, pwrite, ftruncate, fstat.
import os

fd = os.open('data', os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
print(type(fd).__name__, fd > 2)
print(os.write(fd, b'hello world'), os.write(fd, bytearray(b'!')))
print(os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 0, os.SEEK_SET))
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, -6, os.SEEK_END), os.read(fd, 3))
print(os.pread(fd, 4, 2), os.pwrite(fd, b'HE', 0), os.pread(fd, 5, 0))
print(os.fstat(fd).st_size)
os.ftruncate(fd, 4)
print(os.fstat(fd).st_size, os.pread(fd, 100, 0))
os.truncate('data', 2)
os.truncate(fd, 3)
print(os.stat('data').st_size)
os.fsync(fd)
os.fdatasync(fd)
os.close(fd)
fd = os.open('data', os.O_WRONLY | os.O_APPEND)
os.write(fd, b'++')
os.close(fd)
fd = os.open('data', os.O_RDONLY)
print(os.read(fd, 100), os.get_inheritable(fd))
os.close(fd)
fd = os.open(b'data', os.O_RDONLY, dir_fd=None)
os.close(fd)
try:
    os.open('data', os.O_CREAT | os.O_EXCL | os.O_WRONLY)
except FileExistsError as e:
    print(e)
