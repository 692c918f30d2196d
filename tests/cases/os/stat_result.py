# cwd: tmp
# os.stat_result: items, attributes, their types and relations.
import os

fd = os.open('f', os.O_WRONLY | os.O_CREAT, 0o640)
os.write(fd, b'12345')
os.close(fd)
s = os.stat('f')
print(type(s).__name__, type(s).__module__, len(s), s.n_fields, s.n_sequence_fields, s.n_unnamed_fields)
print(s.st_size, s[6], oct(s.st_mode & 0o777))
print(type(s.st_atime), type(s[7]), type(s.st_atime_ns), type(s.st_ino), type(s.st_blksize))
print(int(s.st_mtime) == s[8], s.st_mtime_ns // 10**9 == s[8], s.st_ctime_ns >= 0)
print(s.st_uid == os.getuid(), s.st_gid == os.getgid(), s.st_nlink)
print(s == tuple(s), s[:3] == (s.st_mode, s.st_ino, s.st_dev))
print(type(s).__match_args__)
r = os.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(r)
print(r.st_atime, r.st_mtime, r.st_ctime, r.st_atime_ns, r.st_blksize)
r2 = os.stat_result(tuple(range(10)) + (1.5, 2.5, 3.5))
print(r2.st_atime, r2[7], r2.st_ctime)
for bad in [(1, 2), tuple(range(20)), 5]:
    try:
        os.stat_result(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    s.st_size = 3
except AttributeError as e:
    print('AttributeError:', e)
print(os.stat_result.st_mode.__doc__, '|', os.stat_result.st_rdev.__doc__)
