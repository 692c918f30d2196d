# cwd: tmp
# exists, lexists, isfile, isdir, islink, ismount, isjunction, getsize and the times.
import os, posixpath as p

os.mkdir('d')
fd = os.open('f', os.O_CREAT | os.O_WRONLY)
os.write(fd, b'12345678')
os.close(fd)
os.symlink('f', 'lf')
os.symlink('d', 'ld')
os.symlink('missing', 'broken')
for name in ['d', 'f', 'lf', 'ld', 'broken', 'missing', '', b'f', 'a\0', 1, -1, 99]:
    print(repr(name), p.exists(name), p.lexists(name) if name not in (1, -1, 99) else '', p.isfile(name), p.isdir(name), p.islink(name) if name not in (1, -1, 99) else '',
          p.ismount(name) if not isinstance(name, int) else '', p.isjunction(name) if not isinstance(name, int) else '')
print(p.getsize('f'), p.getsize(b'f'), p.getmtime('f') == os.stat('f').st_mtime, type(p.getatime('f')).__name__)
print(p.getctime('f') == os.stat('f').st_ctime)
for f in (p.getsize, p.getmtime, p.getatime, p.getctime):
    try:
        f('missing')
    except OSError as e:
        print(f.__name__, type(e).__name__, e)
print(p.ismount('/'), p.ismount(b'/'), p.ismount('/proc') in (True, False), p.isdevdrive('.'))
try:
    p.exists(1.5)
except TypeError as e:
    print(e)
