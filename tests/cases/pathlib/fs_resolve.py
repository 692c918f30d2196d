# cwd: tmp
# resolve (strict), absolute, cwd and expanduser.
import os
from pathlib import Path

here = os.path.realpath(os.getcwd())
os.chdir(here)
os.makedirs('real/sub')
os.symlink('real', 'link')
os.symlink('loop', 'loop')

def rel(p):
    return os.path.relpath(str(p), here) if str(p).startswith(here) else str(p)

print(rel(Path('link/sub').resolve()), rel(Path('link/../real').resolve()), rel(Path('.').resolve()))
print(rel(Path('missing/x').resolve()), rel(Path('real/../missing').resolve()))
for call in [lambda: Path('missing/x').resolve(strict=True), lambda: Path('loop').resolve(strict=True)]:
    try:
        call()
    except OSError as e:
        print(type(e).__name__, rel(e.filename) if e.filename else e.filename)
print(rel(Path('loop').resolve()))
print(rel(Path('a/../b').absolute()), rel(Path('').absolute()), Path('/x/../y').absolute())
print(Path.cwd() == Path(here), Path('link').absolute().is_absolute(), type(Path.cwd()).__name__)
os.environ['HOME'] = '/home/tester'
print(Path('~').expanduser(), Path('~/x/y').expanduser(), Path('a/~').expanduser(), Path('/~').expanduser())
print(Path.home(), Path('~root').expanduser())
try:
    Path('~nosuchuser_zz').expanduser()
except RuntimeError as e:
    print('RuntimeError:', e)
