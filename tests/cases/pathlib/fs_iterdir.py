# cwd: tmp
# iterdir gives paths joined to the directory (none for '.'); errors come at once.
from pathlib import Path

for n in ['b', 'a', '.h']:
    Path(n).touch()
Path('d').mkdir()
Path('d/x').touch()
print(sorted(Path('.').iterdir()))
print(sorted(Path('').iterdir()))
print(sorted(Path('d').iterdir()), sorted(Path('d/').iterdir()), sorted(Path('./d').iterdir()))
print(sorted(Path('d/../d').iterdir()))
it = Path('d').iterdir()
print(next(it), next(it, 'end'))
for call in [lambda: Path('missing').iterdir(), lambda: Path('a').iterdir()]:
    try:
        call()
        print('no error yet')
    except OSError as e:
        print(type(e).__name__, e)
print(sorted(p.name for p in Path.cwd().iterdir()))
print(all(p.is_absolute() for p in Path.cwd().iterdir()))
