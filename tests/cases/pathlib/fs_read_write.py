# cwd: tmp
# read_text/write_text/read_bytes/write_bytes with encodings, errors and newlines.
from pathlib import Path

p = Path('f.txt')
print(p.write_text('héllo\nworld\n'), p.read_text(), p.read_bytes())
print(p.write_text('a\nb\n', newline='\r\n'), p.read_bytes(), repr(p.read_text()), repr(p.read_text(newline='')))
print(p.write_text('é', encoding='latin-1'), p.read_bytes(), p.read_text(encoding='latin-1'))
try:
    p.read_text(encoding='utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
print(repr(p.read_text(encoding='utf-8', errors='replace')))
print(p.write_text('☃', encoding='ascii', errors='replace'), p.read_text(encoding='ascii'))
print(p.write_bytes(b'\x00\x01bin'), p.read_bytes(), p.write_bytes(bytearray(b'ba')), p.read_bytes())
for bad in [lambda: p.write_text(b'x'), lambda: p.write_text(3), lambda: p.write_bytes('str'),
            lambda: p.write_bytes(5), lambda: Path('missing.txt').read_text(),
            lambda: Path('missing.txt').read_bytes(), lambda: Path('.').read_text()]:
    try:
        print(bad())
    except (TypeError, OSError) as e:
        print(type(e).__name__ + ':', e)
print(Path('empty').write_text(''), Path('empty').read_text() == '')
