# A raw stream that cannot take more data: BufferedWriter raises
# BlockingIOError with what it kept, and writes it out later.
import io


class Slow(io.RawIOBase):
    def __init__(self):
        self.full = True
        self.data = bytearray()

    def writable(self):
        return True

    def write(self, b):
        if self.full:
            return None
        self.data += b
        return len(b)


raw = Slow()
w = io.BufferedWriter(raw, 4)
print(w.write(b"ab"))
try:
    w.write(b"cdefgh")
except BlockingIOError as e:
    print(type(e).__name__, e.errno, e.strerror, e.characters_written)
try:
    w.flush()
except BlockingIOError as e:
    print("flush:", e.errno, e.characters_written)
raw.full = False
w.flush()
print(bytes(raw.data))
try:
    w.write(b"0123456789")
except BlockingIOError as e:
    print("unexpected", e)
w.flush()
print(bytes(raw.data))
