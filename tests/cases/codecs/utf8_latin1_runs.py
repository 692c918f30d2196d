# UTF-8 of text whose characters all lie below 256: runs of ASCII of every
# length around the eight-byte steps, broken by two-byte characters, through
# str.encode/bytes.decode, a text file and errors on bad bytes nearby.
import io

pieces = []
for run in range(0, 20):
    for ch in ('\xe9', '\x80', '\xff', '\xa0'):
        s = 'a' * run + ch + 'b' * (19 - run) + ch * (run % 3)
        b = s.encode('utf-8')
        back = b.decode('utf-8')
        pieces.append(s)
        assert back == s, (run, ch)
        print(run, ascii(ch), len(b), b[-6:], back.isascii(), back[run:run + 2] == ch + 'b'[:1] or back[run] == ch)
joined = ''.join(pieces)
data = joined.encode('utf-8')
print(len(joined), len(data), data.decode('utf-8') == joined, data.decode('utf-8', 'surrogatepass') == joined)
print(ascii(data[:40].decode('utf-8')), ascii(b'plain ascii only, long enough to step'.decode('utf-8')))
# slices of a decoded text: ASCII lines and lines with a wide character
text = (b'abc\xc3\xa9defghijklmnop\nqrstuvwxyz0123456789\n' * 3).decode('utf-8')
for line in text.splitlines(keepends=True):
    print(ascii(line), line.isascii(), len(line))
# bad bytes after runs of ASCII
for bad in (b'\xc3', b'\xc3(', b'\xe9', b'\xed\xa0\x80', b'\xf5', b'\xc0\xaf'):
    for run in (0, 7, 8, 9, 16):
        raw = b'x' * run + b'\xc3\xa9' + b'y' * run + bad + b'z'
        try:
            raw.decode('utf-8')
        except UnicodeDecodeError as exc:
            print(run, exc.start, exc.end, exc.reason)
        print(ascii(raw.decode('utf-8', 'replace')), ascii(raw.decode('utf-8', 'surrogateescape')))
# a text stream writing and reading such lines
buf = io.BytesIO()
w = io.TextIOWrapper(buf, encoding='utf-8', newline='\n')
for i in range(50):
    w.write('line %d h\xe9llo %s\n' % (i, '\xff' * (i % 4)))
w.flush()
raw = buf.getvalue()
print(len(raw), raw[:30], raw[-30:])
r = io.TextIOWrapper(io.BytesIO(raw), encoding='utf-8')
lines = list(r)
print(len(lines), ascii(lines[0]), ascii(lines[-1]), sum(map(len, lines)))
print(ascii('\xe9t\xe9 caf\xe9 \xff\x80'.encode('utf-8')), 'abc\xe9'.encode('latin-1'), 'abc'.encode('utf-8'))
