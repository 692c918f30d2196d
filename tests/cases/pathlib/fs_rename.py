# cwd: tmp
# rename and replace return the target as a path; their errors.
from pathlib import Path

Path('a').write_text('A')
r = Path('a').rename('b')
print(repr(r), r.read_text(), Path('a').exists())
Path('c').write_text('C')
r = Path('c').replace(Path('b'))
print(repr(r), Path('b').read_text())
Path('d').mkdir()
r = Path('b').rename(Path('d') / 'inner')
print(repr(r), sorted(p.name for p in Path('d').iterdir()))
class Sub(Path):
    pass
print(repr(Sub('d/inner').rename('top')))
for call in [lambda: Path('missing').rename('x'), lambda: Path('top').rename('nodir/x'),
             lambda: Path('missing').replace('x')]:
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e)
Path('e').mkdir()
Path('e/f').touch()
try:
    Path('d').rename('e')
except OSError as e:
    print(type(e).__name__, e)
