# StreamReader.readline and read with sizes, over lines of every ending.
import codecs, io
raw = ('a' * 100 + '\n' + 'b' * 10 + '\r\n' + 'c\r' + 'd\u2029e\x1cf\x85g\n\nlast').encode('utf-8')
for size in [None, 70, 200, -1]:
    r = codecs.getreader('utf-8')(io.BytesIO(raw))
    lines = []
    while True:
        line = r.readline(size)
        if not line:
            break
        lines.append(len(line))
        if len(lines) > 200:
            break
    print(size, lines)
for chars in [1, 3, 10, -1]:
    r = codecs.getreader('utf-8')(io.BytesIO(raw))
    got = []
    while True:
        piece = r.read(chars=chars)
        if not piece:
            break
        got.append(len(piece))
        if len(got) > 300:
            break
    print(chars, len(got), sum(got))
r = codecs.getreader('utf-8')(io.BytesIO(raw))
print(ascii(r.readline()[:5]), ascii(r.read(3)), ascii(r.readline()), r.stream.tell() > 0)
r.seek(0)
print(ascii(r.readline(keepends=False)[:3]), len(r.readlines()))
