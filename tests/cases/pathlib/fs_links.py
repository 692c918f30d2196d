# cwd: tmp
# symlink_to, hardlink_to, readlink, and their errors.
import os
from pathlib import Path

Path('target').write_text('data')
Path('sym').symlink_to('target')
Path('hard').hardlink_to('target')
print(repr(Path('sym').readlink()), Path('sym').read_text(), Path('hard').read_text())
print(Path('hard').stat().st_nlink, Path('target').samefile('hard'))
Path('dsym').symlink_to(Path('some/dir'), target_is_directory=True)
print(repr(Path('dsym').readlink()), os.readlink('dsym'))
for call in [lambda: Path('target').readlink(), lambda: Path('missing').readlink(),
             lambda: Path('sym').symlink_to('x'), lambda: Path('hard').hardlink_to('target'),
             lambda: Path('h2').hardlink_to('missing')]:
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e)
