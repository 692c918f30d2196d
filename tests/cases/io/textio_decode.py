# How TextIOWrapper turns bytes into text: codecs, error handlers, and
# characters split between chunks.
import _io

for enc, errors, data in (("latin-1", None, b"caf\xe9 ok"), ("utf-8", "replace", b"caf\xe9 ok"),
                          ("ascii", "surrogateescape", b"caf\xe9 ok"), ("utf-8", "ignore", b"a\xffb\xc3"),
                          ("utf-8", "backslashreplace", b"a\xffb"), ("ascii", "replace", b"\x80x")):
    w = _io.TextIOWrapper(_io.BytesIO(data), encoding=enc, errors=errors)
    print(enc, errors, repr(w.read()), w.encoding, w.errors)
try:
    _io.TextIOWrapper(_io.BytesIO(b"caf\xe9 ok"), encoding="utf-8").read()
except UnicodeDecodeError as e:
    print(e)
data = "é€😀 and more ☃".encode() * 3
for size in (1, 2, 3, 5):
    w = _io.TextIOWrapper(_io.BufferedReader(_io.BytesIO(data), 1))
    w._CHUNK_SIZE = size
    out = []
    while True:
        ch = w.read(1)
        if not ch:
            break
        out.append(ch)
    print(size, "".join(out) == data.decode(), len(out))
w = _io.TextIOWrapper(_io.BytesIO(b"\xe2\x82"), encoding="utf-8")
try:
    w.read()
except UnicodeDecodeError as e:
    print(e)
