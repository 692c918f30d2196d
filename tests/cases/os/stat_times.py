# cwd: tmp
# The three forms of a time in stat_result agree with each other.
import os

os.close(os.open('f', os.O_CREAT | os.O_WRONLY))
for ns in [(0, 0), (1, 999999999), (1700000000123456789, 1600000000987654321), (-1000000000, 5)]:
    os.utime('f', ns=ns)
    s = os.stat('f')
    print(s.st_atime_ns, s.st_mtime_ns, s[7], s[8], s.st_atime, s.st_mtime)
    print(s[7] == s.st_atime_ns // 10**9, abs(s.st_mtime - s.st_mtime_ns / 1e9) < 1e-6)
