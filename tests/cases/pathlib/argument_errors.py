# cwd: tmp
# The TypeErrors of bad arguments to Path's methods, as CPython words them.
from pathlib import Path, PurePosixPath

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

p = Path('f')
p.touch()
t(lambda: p.with_name(3))
t(lambda: p.with_suffix(None))
t(lambda: p.relative_to(None))
t(lambda: p.is_relative_to(3))
t(lambda: p.match(3))
t(lambda: p.full_match(None))
t(lambda: p.glob(None))
t(lambda: p.rglob(3))
t(lambda: p.open(3))
t(lambda: p.chmod('x'))
t(lambda: p.touch(mode='x', exist_ok=False))
t(lambda: Path('d').mkdir('x'))
t(lambda: p.rename(None))
t(lambda: p.samefile(3))
t(lambda: p.read_text(encoding=3))
t(lambda: p.exists(True))
t(lambda: p.stat(False))
t(lambda: p.write_text())
t(lambda: Path.cwd(1))
t(lambda: PurePosixPath('a').joinpath('b', 3))
t(lambda: p.read_text(encoding='no-such-codec'))
