# posix's OSError subclasses carry CPython's texts, file names and errno values.
import posix

for call in (lambda: posix.stat('/no/such/file'),
             lambda: posix.open('/no/such/dir/x', posix.O_RDONLY),
             lambda: posix.rmdir('/'),
             lambda: posix.mkdir('/'),
             lambda: posix.listdir('/proc/self/fd/999999'),
             lambda: posix.rename('/no/a', '/no/b'),
             lambda: posix.symlink('/a', '/'),
             lambda: posix.close(999999),
             lambda: posix.read(-1, 1),
             lambda: posix.read(0, -1),
             lambda: posix.stat(''),
             lambda: posix.stat('a\0b'),
             lambda: posix.stat(3.5),
             lambda: posix.open(b'/no/such', posix.O_RDONLY)):
    try:
        call()
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e.args, getattr(e, 'filename', None), getattr(e, 'filename2', None))
print(posix.strerror(2), posix.strerror(0), posix.strerror(13))
try:
    posix.strerror('x')
except TypeError as e:
    print(e)
