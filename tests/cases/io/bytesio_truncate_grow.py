# BytesIO: truncate shrinks, never grows; writes past the end pad with zeros.
import io

b = io.BytesIO(b"abcdef")
print(b.truncate(10), b.getvalue())
print(b.truncate(2), b.getvalue(), b.tell())
b.seek(4)
print(b.write(b"Z"), b.getvalue())
b.seek(0, 2)
print(b.tell(), b.truncate(0), b.getvalue(), b.tell())
print(b.write(b"after"), b.getvalue())
