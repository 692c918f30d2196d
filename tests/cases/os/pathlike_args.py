# cwd: tmp
# Every path argument accepts an os.PathLike; DirEntry is one.
import os

class P:
    def __init__(self, p): self.p = p
    def __fspath__(self): return self.p

os.mkdir(P('d'))
fd = os.open(P('d/f'), os.O_CREAT | os.O_WRONLY)
os.close(fd)
print(os.listdir(P('d')), os.path.exists(P('d/f')), os.stat(P(b'd/f')).st_size)
os.rename(P('d/f'), P('d/g'))
os.symlink(P('g'), P('d/l'))
print(os.readlink(P('d/l')), os.readlink(P(b'd/l')))
for e in os.scandir('d'):
    if e.name == 'g':
        print(os.stat(e).st_size, os.fspath(e), isinstance(e, os.PathLike))
os.chmod(P('d/g'), 0o600)
os.utime(P('d/g'), (1, 2))
print(os.stat('d/g').st_mtime, os.access(P('d/g'), os.F_OK))
os.unlink(P('d/l'))
os.remove(P('d/g'))
os.rmdir(P('d'))
print(os.listdir())
