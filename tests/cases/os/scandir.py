# cwd: tmp
# scandir: DirEntry names, paths, types, repr; the iterator as a context manager.
import os

os.mkdir('sub')
os.close(os.open('file', os.O_CREAT | os.O_WRONLY))
os.symlink('file', 'flink')
os.symlink('sub', 'dlink')
os.symlink('nowhere', 'broken')
entries = sorted(os.scandir(), key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(),
          e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False), e.is_junction())
for e in sorted(os.scandir('.'), key=lambda e: e.name):
    print(e.path, os.fspath(e))
for e in sorted(os.scandir(b'sub/..'), key=lambda e: e.name):
    print(e.name, e.path)
with os.scandir('sub') as it:
    print(type(it).__name__, list(it))
it = os.scandir()
it.close()
print(list(it))
it.close()
print(type(entries[0]).__name__, type(entries[0]).__module__)
print(os.DirEntry[str])
for bad in ['missing', 'file', 1.5]:
    try:
        os.scandir(bad)
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)
try:
    os.DirEntry()
except TypeError as e:
    print(e)
