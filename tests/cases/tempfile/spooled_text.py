# cwd: tmp
# SpooledTemporaryFile in text mode: encoding, newlines, and rolling over mid-way.
import tempfile

s = tempfile.SpooledTemporaryFile(max_size=8, mode="w+", encoding="utf-8", newline=None)
print(s.mode, s.encoding, s.errors, s.newlines, s.name, type(s._file).__name__)
s.write("one\r\ntwo\n")
print(s._rolled, s.mode, s.encoding)
s.seek(0)
print(repr(s.read()), s.newlines)
s.write("\u00e9\n")
s.seek(0)
print(s.readlines())
s.close()

s = tempfile.SpooledTemporaryFile(max_size=100, mode="w+", encoding="latin-1", errors="replace")
s.write("caf\u00e9 \u2603\n")
s.seek(0)
print(repr(s.read()), s.errors, s._rolled)
s.rollover()
s.seek(0)
print(repr(s.read()), s.encoding, s.errors)
s.close()

# binary mode has no encoding
s = tempfile.SpooledTemporaryFile()
for attr in ("encoding", "newlines", "errors"):
    try:
        print(getattr(s, attr))
    except AttributeError as e:
        print("AttributeError:", e)
s.close()

# the context manager
with tempfile.SpooledTemporaryFile(mode="w+") as s:
    s.write("inside")
    print(s.closed)
print(s.closed)
try:
    with s:
        pass
except ValueError as e:
    print("ValueError:", e)
try:
    s.write("x")
except ValueError as e:
    print("ValueError:", e)
print(tempfile.SpooledTemporaryFile[int], tempfile.SpooledTemporaryFile[str].__origin__)
s = tempfile.SpooledTemporaryFile(mode="w+")
s.write("abc")
raw = s.detach()
print(raw.__class__.__name__, raw.getvalue())
s._file = raw
s.close()
