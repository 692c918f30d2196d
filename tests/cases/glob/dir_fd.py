# cwd: tmp
# dir_fd: patterns are matched below an open directory, alone or with root_dir.
import glob
import os

os.makedirs('top/sub/deep')
for path in ['top/a.py', 'top/sub/b.py', 'top/sub/deep/c.py']:
    open(path, 'w').close()
fd = os.open('top', os.O_RDONLY)
try:
    print(sorted(glob.glob('*', dir_fd=fd)))
    print(sorted(glob.glob('**/*.py', dir_fd=fd, recursive=True)))
    print(sorted(glob.glob('*.py', root_dir='sub', dir_fd=fd)))
    print(sorted(glob.glob(b'sub/*', dir_fd=fd)))
    print(glob.glob('a.py', dir_fd=fd), glob.glob('zz.py', dir_fd=fd))
    print(glob.glob('sub/', dir_fd=fd), glob.glob('a.py/', dir_fd=fd))
finally:
    os.close(fd)
