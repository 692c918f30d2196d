# cwd: tmp
# Path.rglob: the pattern at any depth below the path.
import os
from pathlib import Path

os.makedirs('src/pkg/sub')
os.makedirs('src/.cache')
for name in ['src/a.py', 'src/pkg/b.py', 'src/pkg/sub/c.py', 'src/pkg/sub/d.txt', 'src/.cache/e.py']:
    Path(name).touch()
def show(*args, **kw):
    print(args, kw, sorted(Path('src').rglob(*args, **kw)))
show('*.py')
show('*.PY', case_sensitive=False)
show('*.PY')
show('sub')
show('sub/*')
show('')
show('*')
show('pkg/**/*.txt')
try:
    Path('src').rglob('/abs')
except NotImplementedError as e:
    print('NotImplementedError:', e)
