# cwd: tmp
# chmod, fchmod, access with each mode, umask.
import os, stat

old = os.umask(0o022)
fd = os.open('f', os.O_CREAT | os.O_WRONLY, 0o777)
os.close(fd)
print(oct(stat.S_IMODE(os.stat('f').st_mode)))
for mode in (0o600, 0o444, 0o755, 0o4755, 0o1777):
    os.chmod('f', mode)
    print(oct(stat.S_IMODE(os.stat('f').st_mode)), stat.filemode(os.stat('f').st_mode))
fd = os.open('f', os.O_RDONLY)
os.fchmod(fd, 0o640)
os.chmod(fd, 0o641)
print(oct(stat.S_IMODE(os.fstat(fd).st_mode)))
os.close(fd)
print(os.access('f', os.F_OK), os.access('f', os.R_OK), os.access('missing', os.F_OK))
print(os.access(b'f', os.W_OK | os.R_OK), os.access('f', os.F_OK, effective_ids=True))
print(os.access('a\0', os.F_OK) if False else '')
for f, a in [(os.chmod, ('missing', 0o600)), (os.chmod, ('f', 'x')), (os.access, ('f', 'x')),
             (os.fchmod, (9999, 0o600)), (os.chmod, (None, 0o600)), (os.access, ('a\0', 0))]:
    try:
        f(*a)
    except (OSError, TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)
os.mkdir('d', 0o777)
print(oct(stat.S_IMODE(os.stat('d').st_mode)))
print(oct(os.umask(old)))
