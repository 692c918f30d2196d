# cwd: tmp
# utime with times, ns, neither; its argument errors.
import os

fd = os.open('f', os.O_CREAT | os.O_WRONLY)
os.close(fd)
os.utime('f', (1000000000, 1500000000))
s = os.stat('f')
print(s.st_atime, s.st_mtime, s[7], s[8], s.st_atime_ns, s.st_mtime_ns)
os.utime('f', (1.25, 2.5))
s = os.stat('f')
print(s.st_atime, s.st_mtime, s.st_atime_ns, s.st_mtime_ns)
os.utime('f', ns=(123456789012345678, 987654321))
s = os.stat('f')
print(s.st_atime_ns, s.st_mtime_ns, s[7], s[8])
os.utime('f', times=None)
print(os.stat('f').st_mtime > 1e9)
fd = os.open('f', os.O_RDONLY)
os.utime(fd, (5, 6))
os.close(fd)
print(os.stat('f').st_mtime)
for a, kw in [(('f', (1, 2)), {'ns': (1, 2)}), (('f', 5), {}), (('f',), {'ns': 5}), (('f', (1,)), {}),
              (('f', ('a', 'b')), {}), (('f',), {'ns': (1.0, 2)}), (('missing',), {}),
              (('missing', (1, 2)), {})]:
    try:
        os.utime(*a, **kw)
    except (OSError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
