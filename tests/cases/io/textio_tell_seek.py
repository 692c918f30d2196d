# cwd: tmp
# tell() cookies and seek() back to them, across multi-byte characters and
# line endings, as CPython numbers them.
import _io

text = "a€b\r\nc😀d\re\nfinal"
with _io.FileIO("x", "w") as f:
    f.write(text.encode())
for nl in (None, "", "\n"):
    w = _io.TextIOWrapper(_io.BufferedReader(_io.FileIO("x")), newline=nl)
    cookies = []
    while True:
        c = w.tell()
        ch = w.read(1)
        if not ch:
            break
        cookies.append((c, ch))
    print(repr(nl), cookies)
    for c, ch in cookies:
        w.seek(c)
        got = w.read(1)
        if got != ch:
            print("mismatch at", c, repr(got), repr(ch))
    w.seek(0)
    lines = []
    while True:
        c = w.tell()
        line = w.readline()
        if not line:
            break
        lines.append((c, line))
    print(" ", lines)
    w.close()
w = _io.TextIOWrapper(_io.BufferedReader(_io.FileIO("x"), 4))
w._CHUNK_SIZE = 3
print(w._CHUNK_SIZE, w.read(2), w.tell(), w.read(3), w.tell(), w.readline(), w.tell())
w.close()
