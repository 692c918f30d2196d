# cwd: tmp
# chown, lchown, fchown to the owner the file already has; their errors.
import os

os.close(os.open('f', os.O_CREAT | os.O_WRONLY))
os.symlink('f', 'l')
uid, gid = os.getuid(), os.getgid()
os.chown('f', uid, gid)
os.chown('f', -1, -1)
os.lchown('l', uid, -1)
os.chown('l', -1, gid, follow_symlinks=False)
fd = os.open('f', os.O_RDONLY)
os.fchown(fd, uid, gid)
os.chown(fd, -1, -1)
os.close(fd)
print(os.stat('f').st_uid == uid, os.lstat('l').st_gid == gid)
for f, a in [(os.chown, ('missing', uid, gid)), (os.chown, ('f', 'x', gid)), (os.chown, ('f', uid, None)),
             (os.fchown, (9999, uid, gid)), (os.lchown, ('missing', -1, -1)), (os.chown, ('f', -2, 0))]:
    try:
        f(*a)
    except (OSError, TypeError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)
