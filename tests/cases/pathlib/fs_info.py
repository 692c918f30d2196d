# cwd: tmp
# Path.info answers from the file system once, then from its memory.
import os
from pathlib import Path

info = Path('newfile').info
print(repr(info), info.exists(), info.is_file(), info.is_dir(), info.is_symlink())
Path('newfile').touch()
print(info.exists(), info.is_file(), Path('newfile').info.exists(), Path('newfile').info.is_file())
os.symlink('nowhere', 'dangling')
j = Path('dangling').info
print(j.exists(), j.exists(follow_symlinks=False), j.is_symlink(), j.is_file(follow_symlinks=False), j.is_dir())
os.mkdir('d')
os.symlink('d', 'dlink')
k = Path('dlink').info
print(k.is_dir(), k.is_dir(follow_symlinks=False), k.is_symlink(), k.exists())
print(sorted((p.name, p.info.is_dir(), p.info.is_file(), p.info.is_symlink()) for p in Path('.').iterdir()))
p = Path('d')
print(p.info is p.info)
