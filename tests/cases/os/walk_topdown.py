# cwd: tmp
# os.walk from the top down; pruning dirnames in place.
import os

for d in ['top/a/a1', 'top/a/a2', 'top/b', 'top/c/c1/c2']:
    os.makedirs(d)
for f in ['top/f1', 'top/a/f2', 'top/c/c1/f3', 'top/c/c1/c2/f4']:
    os.close(os.open(f, os.O_CREAT | os.O_WRONLY))
for dirpath, dirnames, filenames in os.walk('top'):
    dirnames.sort()
    print(dirpath, dirnames, sorted(filenames))
print('--- pruned')
for dirpath, dirnames, filenames in os.walk('top'):
    dirnames[:] = sorted(d for d in dirnames if d != 'c')
    print(dirpath, dirnames)
print('--- bytes')
for dirpath, dirnames, filenames in os.walk(b'top/c'):
    print(dirpath, sorted(dirnames), sorted(filenames))
print(list(os.walk('missing')))
print(list(os.walk('top/f1')))
