# Mixing reads and writes on one TextIOWrapper over a BytesIO.
import io

w = io.TextIOWrapper(io.BytesIO(b"first\nsecond\n"), encoding="utf-8")
print(repr(w.readline()))
w.seek(w.tell())
w.write("REPLACED")
w.seek(0)
print(repr(w.read()))
w.seek(0, 2)
w.write("\ntail")
w.flush()
print(w.buffer.getvalue())
