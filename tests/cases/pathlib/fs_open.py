# cwd: tmp
# Path.open in text and binary modes, with buffering and encodings.
from pathlib import Path

p = Path('data')
with p.open('w') as f:
    print(type(f).__name__, f.name == 'data', f.mode, f.encoding)
    f.write('line1\nline2\n')
with p.open('a', encoding='utf-8') as f:
    f.write('line3\n')
with p.open() as f:
    print(f.readlines())
with p.open('rb') as f:
    print(type(f).__name__, f.read(5))
with p.open('rb', buffering=0) as f:
    print(type(f).__name__, f.read())
with p.open('r+') as f:
    f.seek(0, 2)
    f.write('end')
print(p.read_text().splitlines())
with p.open(mode='w', newline='\r\n') as f:
    f.write('x\ny\n')
print(p.read_bytes())
try:
    Path('nodir/x').open('w')
except FileNotFoundError as e:
    print(e)
try:
    p.open('rw')
except ValueError as e:
    print('ValueError:', e)
try:
    Path('new').open('x').close()
    Path('new').open('x')
except FileExistsError as e:
    print(e)
