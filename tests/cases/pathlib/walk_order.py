# cwd: tmp
# Path.walk visits directories in os.walk's order, top-down and bottom-up,
# whatever order the file system lists them in (compared here, not printed).
import os
from pathlib import Path

for d in ['t/b', 't/c', 't/a/x', 't/d/y/z', 't/a/w']:
    os.makedirs(d)
for f in ['t/f1', 't/a/f2', 't/d/y/f3']:
    open(f, 'w').close()

def as_text(walk):
    return [(str(p), list(d), list(f)) for p, d, f in walk]

print(as_text(Path('t').walk()) == [(p, d, f) for p, d, f in os.walk('t')])
print(as_text(Path('t').walk(top_down=False)) == [(p, d, f) for p, d, f in os.walk('t', topdown=False)])
os.chdir('t')
print([str(p) for p, d, f in Path('.').walk()] == ['.'] + [p[2:] for p, d, f in os.walk('.')][1:])
print(len(list(Path('.').walk())), sorted(str(p) for p, d, f in Path('.').walk(top_down=False)))
