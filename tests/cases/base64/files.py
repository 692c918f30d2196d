# encode/decode between binary file objects.
import base64
import io

src = io.BytesIO(bytes(range(256)) * 2)
out = io.BytesIO()
base64.encode(src, out)
text = out.getvalue()
print(len(text), text.count(b'\n'), text[:30])
back = io.BytesIO()
base64.decode(io.BytesIO(text), back)
print(back.getvalue() == bytes(range(256)) * 2)
out = io.BytesIO()
base64.encode(io.BytesIO(b''), out)
print(out.getvalue())


class Trickle(io.RawIOBase):
    """Gives at most 10 bytes per read."""
    def __init__(self, data):
        self.data = data

    def readable(self):
        return True

    def read(self, n=-1):
        piece, self.data = self.data[:min(n, 10)], self.data[min(n, 10):]
        return piece


out = io.BytesIO()
base64.encode(Trickle(b'x' * 130), out)
print(out.getvalue())
