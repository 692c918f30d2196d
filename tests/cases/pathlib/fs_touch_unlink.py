# cwd: tmp
# touch (exist_ok, mode), unlink (missing_ok) and their errors.
import os
from pathlib import Path

p = Path('t')
p.touch()
print(p.exists(), p.stat().st_size)
os.utime(p, (1000, 2000))
p.touch()
print(p.stat().st_mtime > 2000)
try:
    p.touch(exist_ok=False)
except FileExistsError as e:
    print(e)
Path('mode').touch(mode=0o600)
print(oct(Path('mode').stat().st_mode & 0o777))
p.unlink()
print(p.exists())
try:
    p.unlink()
except FileNotFoundError as e:
    print(e)
p.unlink(missing_ok=True)
Path('d').mkdir()
try:
    Path('d').unlink()
except IsADirectoryError as e:
    print(type(e).__name__, e)
except PermissionError as e:
    print(type(e).__name__, e)
try:
    Path('nodir/x').touch()
except FileNotFoundError as e:
    print(e)
Path('link').symlink_to('d')
Path('link').unlink()
print(Path('d').is_dir(), Path('link').exists())
