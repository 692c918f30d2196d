# cwd: tmp
# Path.copy and copy_into: files, trees, links kept or followed, metadata, errors.
import os
from pathlib import Path

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e, getattr(e, 'filename', None), getattr(e, 'filename2', None))

os.umask(0o022)
Path('f').write_text('F')
os.utime('f', (10, 20))
Path('f').chmod(0o600)
t(lambda: Path('f').copy('g'))
print(Path('g').read_text(), oct(Path('g').stat().st_mode & 0o777), Path('g').stat().st_mtime != 20)
t(lambda: Path('f').copy(Path('h'), preserve_metadata=True))
print(oct(Path('h').stat().st_mode & 0o777), Path('h').stat().st_mtime)
os.makedirs('d/e')
Path('d/e/x').write_text('X')
os.symlink('x', 'd/e/lnk')
t(lambda: Path('d').copy('d2'))
print(sorted(str(p) for p in Path('d2').rglob('*')), os.path.islink('d2/e/lnk'), Path('d2/e/lnk').read_text())
t(lambda: Path('d').copy('d3', follow_symlinks=False))
print(os.path.islink('d3/e/lnk'), os.readlink('d3/e/lnk'))
t(lambda: Path('d').copy('d2'))
t(lambda: Path('f').copy('d2'))
t(lambda: Path('missing').copy('zz'))
t(lambda: Path('f').copy('f'))
t(lambda: Path('d').copy('d/sub'))
t(lambda: Path('f').copy_into('d2'))
print(Path('d2/f').read_text())
t(lambda: Path('f').copy_into(Path('d3')))
t(lambda: Path('f').copy_into('nodir'))
t(lambda: Path('f').copy('g', dirs_exist_ok=True))
t(lambda: Path('f').copy(3))
t(lambda: Path('/').copy_into('d2'))
os.symlink('f', 'flink')
t(lambda: Path('flink').copy('flink_copy', follow_symlinks=False))
print(os.path.islink('flink_copy'), os.path.islink('d3/f'))
t(lambda: Path('flink').copy('f'))
