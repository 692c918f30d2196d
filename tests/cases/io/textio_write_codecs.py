# Text files written with the codecs cipy encodes itself: text goes into the
# pending bytes directly; a failed encoding leaves nothing of that write, the
# file stays usable, and error handlers and newline translation still apply.
# cwd: tmp
import io


def show(path, encoding="utf-8", errors="strict"):
    with open(path, "rb") as f:
        data = f.read()
    print(path, len(data), data[:60], data[-20:])
    with open(path, encoding=encoding, errors=errors) as f:
        print(repr(f.read()[-30:]))


lines = ["plain ascii line\n", "caf\u00e9 cr\u00e8me br\u00fbl\u00e9e\n", "\u0391\u03b2\u03b3 \u0436\u0443\u043a\n",
         "euro \u20ac and \U0001f600 face\n", "mixed \u00e9\u20ac\U0001f600x\n"]

for enc in ("utf-8", "UTF8", "latin-1", "ascii", "utf-16"):
    name = "out_%s.txt" % enc.replace("-", "")
    with open(name, "w", encoding=enc, errors="replace") as f:
        for line in lines * 3:
            print(f.write(line), end=" ")
        print()
    show(name, enc, "replace")

# a surrogate under strict: the error, and nothing of that write is kept
for enc in ("utf-8", "latin-1", "ascii"):
    name = "strict_%s.txt" % enc.replace("-", "")
    with open(name, "w", encoding=enc) as f:
        f.write("before\n")
        for bad in ("x\udc80y\n", "caf\u00e9 \ud800\n", "\u20ac\n"):
            try:
                f.write(bad)
            except UnicodeEncodeError as e:
                print(enc, type(e).__name__, e.encoding, e.start, e.end, e.reason)
        f.write("after\n")
    show(name, enc)

# the other handlers
for errors in ("ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape",
               "surrogatepass", "namereplace"):
    for enc in ("utf-8", "ascii", "latin-1"):
        name = "h_%s_%s.txt" % (errors, enc)
        try:
            with open(name, "w", encoding=enc, errors=errors) as f:
                f.write("a\u00e9\u20ac\udcff\ud83d z\n")
        except UnicodeError as e:
            print(errors, enc, type(e).__name__, e)
            continue
        with open(name, "rb") as f:
            print(errors, enc, f.read())

# newline translation with the direct path
for nl in ("\r\n", "\r", "\n", "", None):
    with open("nl.txt", "w", encoding="utf-8", newline=nl) as f:
        f.write("one\ntw\u00e9\n")
        f.write("three")
    with open("nl.txt", "rb") as f:
        print(repr(nl), f.read())

# a string whose UTF-8 is cached already, and an ASCII one
s = "k\u00e9y"
d = {s: 1}
"%s" % s
with open("cached.txt", "w", encoding="utf-8") as f:
    f.write(s)
    f.write(s.encode().decode())
    f.write("ascii only")
with open("cached.txt", "rb") as f:
    print(f.read())

# write() still checks its argument and the file's state
with open("state.txt", "w", encoding="utf-8") as f:
    for bad in (b"bytes", 5, None):
        try:
            f.write(bad)
        except TypeError as e:
            print(e)
try:
    f.write("closed")
except ValueError as e:
    print(e)

# decoding: two-byte sequences at chunk edges, and broken ones
raw = ("\u00e9" * 5000 + "x" + "\u00e9" * 3000 + "\n").encode() + b"tail \xc3\xa9\n"
with open("dec.txt", "wb") as f:
    f.write(raw)
with open("dec.txt", encoding="utf-8") as f:
    text = f.read()
print(len(text), text[-8:], text.count("\u00e9"))
for blob in (b"ab\xc3", b"\xc3(", b"\xc0\x80", b"\x80abc", b"ok\xdf\xbf\xc2\x80", b"\xed\xa0\x80x",
             b"12345678\xc3\xa912345678\xc3", b"\xe2\x82\xac\xc3\xa9abcdefgh\xc3\xa9"):
    for errors in ("strict", "replace", "surrogateescape", "surrogatepass"):
        try:
            print(errors, ascii(blob.decode("utf-8", errors)))
        except UnicodeDecodeError as e:
            print(errors, e)
