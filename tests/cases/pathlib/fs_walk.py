# cwd: tmp
# Path.walk top-down and bottom-up, pruning, symbolic links and errors.
import os
from pathlib import Path

os.makedirs('t/a/b')
os.makedirs('t/c')
for name in ['t/f1', 't/a/f2', 't/a/b/f3', 't/c/f4']:
    Path(name).touch()
os.symlink('a', 't/link')

def norm(walk):
    return sorted((str(p), sorted(d), sorted(f)) for p, d, f in walk)

print(norm(Path('t').walk()))
print(norm(Path('t').walk(follow_symlinks=True)))
print(norm(Path('t').walk(top_down=False)))
out = []
for path, dirs, files in Path('t').walk():
    out.append(str(path))
    if 'a' in dirs:
        dirs.remove('a')
print(sorted(out))
order = [str(p) for p, d, f in Path('t/a').walk(top_down=False)]
print(order)
order = [str(p) for p, d, f in Path('t/a').walk()]
print(order)
errors = []
print(list(Path('missing').walk(on_error=errors.append)), [type(e).__name__ for e in errors])
print(list(Path('missing').walk()))
os.chdir('t')
print(norm(Path('.').walk())[:2])
print(type(next(Path('a').walk())[0]).__name__)
