# options: -X warn_default_encoding
# cwd: tmp
# -X warn_default_encoding: EncodingWarning for a text file or wrapper made
# without an encoding, and from io.text_encoding(None) for its caller's
# caller (stacklevel).
import io
import sys

print(sys.flags.warn_default_encoding)
with open("x.txt", "w") as f:
    f.write("text")
with open("x.txt", "rb") as f:
    pass
with open("x.txt", encoding="locale") as f:
    pass
with open("x.txt", encoding="utf-8") as f:
    pass
print(io.text_encoding(None), io.text_encoding("x"))


def helper(encoding=None):
    return io.text_encoding(encoding)


def helper3(encoding=None):
    return io.text_encoding(encoding, 3)


def outer():
    return helper3()


print(helper(), helper("latin-1"), outer())
t = io.TextIOWrapper(io.BytesIO(b"abc"))
print(t.encoding)
t.detach()
t = io.TextIOWrapper(io.BytesIO(b"abc"), "ascii")
t.detach()
for bad in ("x", None, 2**40):
    try:
        io.text_encoding(None, bad)
    except Exception as e:
        print(type(e).__name__, e)
