# TextIOWrapper over read-only, write-only and read-write buffers.
import io


def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


raw = io.FileIO  # unused: BytesIO buffers only
for buf in (io.BufferedReader(io.BytesIO(b"data")), io.BufferedWriter(io.BytesIO()), io.BytesIO(b"both")):
    w = io.TextIOWrapper(buf)
    print(type(buf).__name__, w.readable(), w.writable(), w.seekable())
    attempt(w.read)
    attempt(w.write, "x")
    attempt(w.tell)
