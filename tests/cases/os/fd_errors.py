# cwd: tmp
# Descriptor functions on bad descriptors and bad arguments.
import os

fd = os.open('f', os.O_CREAT | os.O_WRONLY)
os.close(fd)
calls = [
    (os.close, (fd,)), (os.read, (fd, 1)), (os.write, (fd, b'x')), (os.fstat, (fd,)),
    (os.lseek, (fd, 0, 0)), (os.dup, (fd,)), (os.dup2, (fd, 50)), (os.ftruncate, (fd, 0)),
    (os.get_inheritable, (fd,)), (os.set_inheritable, (fd, True)), (os.get_blocking, (fd,)),
    (os.set_blocking, (fd, False)), (os.fsync, (fd,)), (os.pread, (fd, 1, 0)),
    (os.read, (0, -1)), (os.read, (0, 'x')), (os.write, (1, 'str')), (os.write, (1, 5)),
    (os.close, ('x',)), (os.close, (2**40,)), (os.open, ('missing', os.O_RDONLY)),
    (os.open, ('f', 'r')), (os.open, ('nodir/f', os.O_CREAT | os.O_WRONLY)),
    (os.open, ('.', os.O_WRONLY)), (os.lseek, (0, 'x', 0)), (os.isatty, ('x',)),
    (os.fsync, ('x',)), (os.truncate, ('missing', 0)), (os.truncate, ('f', -1)),
    (os.open, ('a\0', 0)),
]
for f, a in calls:
    try:
        r = f(*a)
        print(f.__name__, 'ok', r)
    except (OSError, TypeError, ValueError, OverflowError, AttributeError) as e:
        print(f.__name__, type(e).__name__, e)
print(os.isatty(fd), os.device_encoding(fd))
