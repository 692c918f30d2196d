# TextIOWrapper.tell() after writes, with a BytesIO underneath.
import io

b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="utf-8")
for piece in ("a", "é", "€", "😀", "\n"):
    w.write(piece)
    print(repr(piece), w.tell(), len(b.getvalue()))
w.seek(0)
print(repr(w.read()), w.tell())
w.seek(0)
print(w.read(2), w.tell(), w.read(2), w.tell())
w.write("X")
w.seek(0)
print(repr(w.read()))
