# cwd: tmp
# symlink, readlink, lstat against stat, links that dangle.
import os, stat

os.mkdir('dir')
fd = os.open('dir/file', os.O_CREAT | os.O_WRONLY)
os.close(fd)
os.symlink('dir/file', 'link')
os.symlink('nowhere', 'dangling')
os.symlink('dir', 'dirlink', target_is_directory=True)
print(os.readlink('link'), os.readlink(b'dangling'), os.readlink('dirlink'))
print(stat.S_ISLNK(os.lstat('link').st_mode), stat.S_ISREG(os.stat('link').st_mode))
print(stat.S_ISLNK(os.stat('link', follow_symlinks=False).st_mode))
print(os.path.islink('link'), os.path.exists('dangling'), os.path.lexists('dangling'))
print(os.path.isdir('dirlink'), os.path.islink('dirlink'), sorted(os.listdir('dirlink')))
for f, a in [(os.readlink, ('dir/file',)), (os.readlink, ('missing',)), (os.symlink, ('a', 'link')),
             (os.symlink, ('a', b'b')), (os.stat, ('dangling',)), (os.readlink, (3.0,))]:
    try:
        f(*a)
    except (OSError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
os.unlink('link')
print(sorted(os.listdir()))
