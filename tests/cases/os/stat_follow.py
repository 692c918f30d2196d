# cwd: tmp
# stat of directories, descriptors and links, following them or not.
import os, stat

os.mkdir('d')
os.symlink('d', 'ld')
os.symlink('missing', 'broken')
print(stat.S_ISDIR(os.stat('d').st_mode), stat.S_ISDIR(os.stat('ld').st_mode))
print(stat.S_ISLNK(os.stat('ld', follow_symlinks=False).st_mode), stat.S_ISLNK(os.lstat('broken').st_mode))
fd = os.open('d', os.O_RDONLY)
print(os.stat(fd) == os.fstat(fd) == os.stat('d'), os.stat(fd).st_nlink)
os.close(fd)
print(os.lstat('ld').st_size, os.stat(path='d').st_mode == os.stat('d').st_mode)
print(os.stat('ld', follow_symlinks=[]) == os.lstat('ld'), os.stat('ld', follow_symlinks=1) == os.stat('d'))
try:
    os.stat('broken')
except FileNotFoundError as e:
    print(e)
