# cwd: tmp
# Paths go wherever the os functions and open() take a path.
import os
from pathlib import Path, PurePosixPath

d = Path('dir')
os.mkdir(d)
with open(d / 'f.txt', 'w') as f:
    f.write('text')
print(os.listdir(d), os.path.exists(d / 'f.txt'), os.path.getsize(d / 'f.txt'))
print(os.path.join(d, 'x'), os.path.basename(d / 'f.txt'), os.path.splitext(d / 'f.txt'))
print(os.fspath(d), os.fsencode(d), os.path.relpath(d / 'f.txt', d))
os.rename(d / 'f.txt', d / 'g.txt')
print(sorted(e.name for e in os.scandir(d)), [str(p) for p in sorted(d.iterdir())])
print(os.stat(PurePosixPath('dir/g.txt')).st_size, open(PurePosixPath('dir/g.txt')).read())
os.remove(Path('dir', 'g.txt'))
os.rmdir(Path('dir'))
print(d.exists(), Path(os.getcwd()) == Path.cwd())
