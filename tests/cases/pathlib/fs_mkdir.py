# cwd: tmp
# mkdir with parents and exist_ok, rmdir, and their errors.
from pathlib import Path

Path('a').mkdir()
print(Path('a').is_dir())
for call in [lambda: Path('a').mkdir(), lambda: Path('x/y/z').mkdir(), lambda: Path('a/f/g').mkdir(parents=True, exist_ok=True)]:
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e)
Path('a').mkdir(exist_ok=True)
Path('x/y/z').mkdir(parents=True)
print(sorted(str(p) for p in Path('x').rglob('*')))
Path('x/y/z').mkdir(parents=True, exist_ok=True)
Path('file').touch()
for call in [lambda: Path('file').mkdir(exist_ok=True), lambda: Path('file/sub').mkdir(parents=True),
             lambda: Path('x').rmdir(), lambda: Path('missing').rmdir(), lambda: Path('file').rmdir()]:
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e)
Path('x/y/z').rmdir()
print(Path('x/y/z').exists(), Path('x/y').exists())
Path('m').mkdir(mode=0o700)
print(oct(Path('m').stat().st_mode & 0o777))
