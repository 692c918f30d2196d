# TextIOWrapper writing over BytesIO: buffering, line buffering,
# write_through, encodings and error handlers.
import _io

b = _io.BytesIO()
w = _io.TextIOWrapper(b)
print(w.write("héllo\n"), b.getvalue(), w.tell(), b.getvalue())
b = _io.BytesIO()
w = _io.TextIOWrapper(b, line_buffering=True)
w.write("no newline")
print(b.getvalue())
w.write("a\nb")
print(b.getvalue())
w.write("c\r")
print(b.getvalue())
b = _io.BytesIO()
w = _io.TextIOWrapper(b, write_through=True)
w.write("x")
print(b.getvalue(), w.write_through)
for enc, errors, text in (("ascii", "xmlcharrefreplace", "é€x"), ("ascii", "backslashreplace", "é€😀"),
                          ("latin-1", "replace", "é€"), ("ascii", "ignore", "aéb"), ("utf-8", "strict", "é€😀"),
                          ("latin-1", None, "café"), ("ascii", "surrogateescape", "a\udce9")):
    b = _io.BytesIO()
    w = _io.TextIOWrapper(b, encoding=enc, errors=errors)
    w.write(text)
    w.flush()
    print(enc, w.errors, b.getvalue())
b = _io.BytesIO()
w = _io.TextIOWrapper(b, encoding="ascii")
try:
    w.write("é")
except UnicodeEncodeError as e:
    print(e)
w.flush()
print(b.getvalue())
big = _io.BytesIO()
w = _io.TextIOWrapper(big)
for i in range(3000):
    w.write("line %d\n" % i)
print(len(big.getvalue()) > 0, len(big.getvalue()) < 3000 * 10)
w.flush()
print(len(big.getvalue()))
