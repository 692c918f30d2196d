# cwd: tmp
# Text files in encodings beyond UTF-8, ASCII and Latin-1: the codec's
# incremental decoder and encoder, BOMs written once, tell/seek, errors.
import io

TEXT = "Grüße, 世界!\nzweite Zeile\r\ndritte\rvierte 𝄞\n"

for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "utf-8-sig",
            "cp1252", "cp437", "koi8-r", "mac-roman", "utf-7", "iso8859-15", "cp500"]:
    text = TEXT
    try:
        text.encode(enc)
    except UnicodeEncodeError:
        text = "plain text only\nline two\r\n"
    with open("f.txt", "w", encoding=enc, newline="") as f:
        print(repr(f), f.encoding, f.write(text))
    raw = open("f.txt", "rb").read()
    print(enc, len(raw), raw[:12])
    with open("f.txt", encoding=enc) as f:
        print(repr(f.read()), f.newlines)
    with open("f.txt", encoding=enc, newline="") as f:
        print([line for line in f])
    # appending writes no second BOM
    with open("f.txt", "a", encoding=enc) as f:
        f.write("more\n")
    data = open("f.txt", "rb").read()
    print(len(data), data.count(b"\xff\xfe"), data.count(b"\xef\xbb\xbf"))
    print(repr(open("f.txt", encoding=enc).read()[-12:]))

# tell and seek through a stateful decoder
with open("g.txt", "w", encoding="utf-16") as f:
    for i in range(50):
        f.write("line %d äöü\n" % i)
with open("g.txt", encoding="utf-16") as f:
    f.readline()
    pos = f.tell()
    second = f.readline()
    for _ in range(10):
        f.readline()
    f.seek(pos)
    print(pos, f.readline() == second, repr(second))
    f.seek(0)
    print(repr(f.readline()))
    f.seek(0, 2)
    print(f.read() == "")

with open("h.txt", "w+", encoding="utf-16") as f:
    f.write("abc")
    f.seek(0)
    print(repr(f.read()))
    f.write("def")
    f.seek(0)
    print(repr(f.read()))
print(open("h.txt", "rb").read())

# reading UTF-8 with and without a signature
with open("s.txt", "wb") as f:
    f.write(b"\xef\xbb\xbfhello\n")
print(repr(open("s.txt", encoding="utf-8").read()))
print(repr(open("s.txt", encoding="utf-8-sig").read()))

# TextIOWrapper over BytesIO
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="utf-16-le")
w.write("hi\n")
w.flush()
print(b.getvalue())
w2 = io.TextIOWrapper(io.BytesIO("añb\n".encode("cp1252")), encoding="cp1252")
print(repr(w2.read()))
w3 = io.TextIOWrapper(io.BytesIO(b"abc"), encoding="utf-8")
w3.reconfigure(encoding="utf-16-le")
print(w3.encoding)

# errors
for enc, data in [("cp1252", b"\x81abc"), ("utf-16", b"\xff\xfea"), ("koi8-r", b"ok")]:
    for errors in ["strict", "replace", "ignore", "backslashreplace"]:
        try:
            print(enc, errors, repr(io.TextIOWrapper(io.BytesIO(data), encoding=enc, errors=errors).read()))
        except UnicodeDecodeError as e:
            print(enc, errors, "UnicodeDecodeError:", e)
try:
    w = io.TextIOWrapper(io.BytesIO(), encoding="cp1252")
    w.write("€ ok ☃")
    w.flush()
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
w = io.TextIOWrapper(io.BytesIO(), encoding="cp1252", errors="xmlcharrefreplace")
w.write("€ ok ☃")
w.flush()
print(w.buffer.getvalue())
for bad in ["rot13", "hex", "base64", "no-such-codec", "zlib_codec"]:
    try:
        open("f.txt", encoding=bad)
    except LookupError as e:
        print("LookupError:", e)
