# cwd: tmp
# stat's tests on what os.stat and os.lstat report.
import os, stat

os.mkdir('d')
os.close(os.open('f', os.O_CREAT | os.O_WRONLY, 0o640))
os.symlink('f', 'l')
os.mkfifo('p')
for name in ['d', 'f', 'l', 'p', '/dev/null']:
    m = os.lstat(name).st_mode
    print(name, stat.filemode(m)[0], stat.S_ISDIR(m), stat.S_ISREG(m), stat.S_ISLNK(m), stat.S_ISFIFO(m),
          stat.S_ISCHR(m), stat.S_IFMT(m) == m & 0o170000)
print(oct(stat.S_IMODE(os.stat('f').st_mode)), stat.filemode(os.stat('f').st_mode))
s = os.stat('f')
print(s[stat.ST_SIZE], s[stat.ST_MODE] == s.st_mode, s[stat.ST_MTIME] == int(s.st_mtime))
