# StringIO keeps text of any width.
import io

s = io.StringIO()
for piece in ("ascii ", "latin-1 é ", "bmp € ", "astral 😀 ", "\x00nul"):
    s.write(piece)
    v = s.getvalue()
    print(len(v), repr(v[-8:]), max(map(ord, v)))
s.seek(0)
print(s.read(7), s.read(3))
