# cwd: tmp
# A recursive glob lists each directory in scandir's order, each directory
# before what it holds (compared with a walk of our own, not printed).
import glob
import os

for d in ['t/b', 't/c', 't/a/x', 't/d/y/z', 't/a/w']:
    os.makedirs(d)
for f in ['t/f1', 't/a/f2', 't/d/y/f3', 't/.h']:
    open(f, 'w').close()

def preorder(top, dirs_only=False):
    out = []
    for entry in os.scandir(top):
        if entry.name.startswith('.'):
            continue
        if dirs_only and not entry.is_dir():
            continue
        out.append(entry.path)
        if entry.is_dir():
            out.extend(preorder(entry.path, dirs_only))
    return out

print(glob.glob('t/**', recursive=True) == ['t/'] + preorder('t'))
print(glob.glob('t/**/', recursive=True) == ['t/'] + [p + '/' for p in preorder('t', True)])
print(glob.glob('**', root_dir='t', recursive=True) == [p[2:] for p in preorder('t')])
print(glob.glob('t/*') == [e.path for e in os.scandir('t') if not e.name.startswith('.')])
print(glob.glob('t/*/*') == [p for p in preorder('t') if p.count('/') == 2])
print(len(glob.glob('t/**', recursive=True)))
