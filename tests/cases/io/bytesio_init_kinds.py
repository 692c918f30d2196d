# BytesIO from bytes-like values, and re-initialising one.
import io

for init in (b"b", bytearray(b"ba"), b"", None):
    b = io.BytesIO(init)
    print(repr(init), b.getvalue(), b.tell())
b = io.BytesIO(b"first")
b.read(2)
b.__init__(b"second")
print(b.getvalue(), b.tell(), b.read())
src = bytearray(b"mutable")
b = io.BytesIO(src)
src[0] = ord("M")
print(b.getvalue())
