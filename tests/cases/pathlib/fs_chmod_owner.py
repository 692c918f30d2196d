# cwd: tmp
# chmod (and through a link), owner and group.
import grp
import os
import pwd
from pathlib import Path

p = Path('f')
p.touch()
p.chmod(0o640)
print(oct(p.stat().st_mode & 0o777))
Path('l').symlink_to('f')
Path('l').chmod(0o600)
print(oct(p.stat().st_mode & 0o777))
print(p.owner() == pwd.getpwuid(os.getuid()).pw_name, p.group() == grp.getgrgid(os.getgid()).gr_name)
print(Path('l').owner(follow_symlinks=False) == p.owner())
try:
    Path('missing').chmod(0o600)
except FileNotFoundError as e:
    print(e)
try:
    Path('missing').owner()
except FileNotFoundError as e:
    print(e)
