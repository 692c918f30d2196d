# cwd: tmp
# Path.move and move_into (a rename on one file system) and their errors.
import os
from pathlib import Path

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e, getattr(e, 'filename', None), getattr(e, 'filename2', None))

Path('g').write_text('G')
os.makedirs('d2/x')
os.makedirs('d3/y')
Path('h').touch()
t(lambda: Path('g').move('g2'))
print(Path('g').exists(), Path('g2').read_text())
t(lambda: Path('g2').move_into('d2'))
t(lambda: Path('d3').move('d2'))
t(lambda: Path('d3').move('d3/inner'))
t(lambda: Path('h').move('h'))
t(lambda: Path('missing').move('x'))
t(lambda: Path('d3').move_into(Path('d2')))
t(lambda: Path('/').move_into('d2'))
t(lambda: Path('h').move(Path('d2') / 'x' / 'h2'))
os.link('d2/x/h2', 'hard')
t(lambda: Path('hard').move('d2/x/h2'))
print(sorted(str(p) for p in Path('.').rglob('*')))
