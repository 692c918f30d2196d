# cwd: tmp
# A DirEntry caches what it learned: the file's removal does not change its answers.
import os

os.mkdir('d')
os.close(os.open('f', os.O_CREAT | os.O_WRONLY))
entries = {e.name: e for e in os.scandir()}
f, d = entries['f'], entries['d']
size = f.stat().st_size
os.remove('f')
os.rmdir('d')
print(f.is_file(), f.stat().st_size == size, d.is_dir(), d.is_symlink())
try:
    d.stat()
except FileNotFoundError as e:
    print(type(e).__name__, e)
print(f.name, f.path, repr(d))
