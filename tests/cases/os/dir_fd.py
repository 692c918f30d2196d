# cwd: tmp
# Functions relative to a directory descriptor (dir_fd, src_dir_fd, dst_dir_fd).
import os, stat

os.mkdir('base')
d = os.open('base', os.O_RDONLY | os.O_DIRECTORY)
os.mkdir('sub', dir_fd=d)
fd = os.open('f', os.O_CREAT | os.O_WRONLY, dir_fd=d)
os.write(fd, b'abc')
os.close(fd)
print(sorted(os.listdir('base')), os.stat('f', dir_fd=d).st_size)
os.symlink('f', 'l', dir_fd=d)
print(os.readlink('l', dir_fd=d), stat.S_ISLNK(os.lstat('l', dir_fd=d).st_mode))
print(stat.S_ISLNK(os.stat('l', dir_fd=d, follow_symlinks=False).st_mode))
os.rename('f', 'g', src_dir_fd=d, dst_dir_fd=d)
os.link('g', 'h', src_dir_fd=d, dst_dir_fd=d)
os.chmod('g', 0o600, dir_fd=d)
print(oct(stat.S_IMODE(os.stat('base/g').st_mode)), os.access('g', os.R_OK, dir_fd=d))
os.utime('g', (7, 8), dir_fd=d)
print(os.stat('base/h').st_mtime)
os.unlink('l', dir_fd=d)
os.remove('h', dir_fd=d)
os.rmdir('sub', dir_fd=d)
print(sorted(os.listdir('base')))
for f, a, kw in [(os.stat, ('missing',), {'dir_fd': d}), (os.mkdir, ('x',), {'dir_fd': 9999}),
                 (os.unlink, ('missing',), {'dir_fd': d}), (os.stat, ('g',), {'dir_fd': 'x'})]:
    try:
        f(*a, **kw)
    except (OSError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
os.close(d)
