# cwd: tmp
# DirEntry.stat() and inode() agree with os.stat and os.lstat.
import os, stat

fd = os.open('file', os.O_CREAT | os.O_WRONLY)
os.write(fd, b'x' * 100)
os.close(fd)
os.symlink('file', 'link')
os.symlink('nowhere', 'broken')
by_name = {e.name: e for e in os.scandir()}
for name in sorted(by_name):
    e = by_name[name]
    try:
        s = e.stat()
        print(name, s.st_size, s == os.stat(name), stat.S_ISREG(s.st_mode))
    except OSError as err:
        print(name, type(err).__name__, err)
    ls = e.stat(follow_symlinks=False)
    print(name, ls == os.lstat(name), stat.S_ISLNK(ls.st_mode), e.inode() == os.lstat(name).st_ino)
fd = os.open('.', os.O_RDONLY)
for e in sorted(os.scandir(fd), key=lambda e: e.name):
    print('fd', e.name, e.path, e.is_file(), e.is_symlink(), e.stat(follow_symlinks=False).st_size > 0)
os.close(fd)
