# cwd: tmp
# tell()/seek() cookies through stateful decoders at small chunk sizes, and
# codecs of the registry that misbehave.
import codecs
import io

with open("a.txt", "w", encoding="utf-16", newline="") as f:
    f.write("ab\r\ncd\ré\r\nf😀g\n" * 3)
for newline in [None, "", "\n", "\r\n"]:
    with open("a.txt", encoding="utf-16", newline=newline) as f:
        f._CHUNK_SIZE = 3
        cookies = []
        while True:
            cookies.append(f.tell())
            line = f.readline()
            if not line:
                break
        print(newline and repr(newline), cookies)
        for c in reversed(cookies):
            f.seek(c)
            print(repr(f.readline()), end=" ")
        print()

with open("b.txt", "w", encoding="utf-8-sig") as f:
    f.write("x" * 10 + "\n" + "y" * 3)
with open("b.txt", encoding="utf-8-sig") as f:
    f._CHUNK_SIZE = 4
    print(f.read(3), f.tell(), f.read(9), f.tell())
    f.seek(0)
    print(repr(f.read()))

# a codec whose decoder returns bytes, or keeps a strange state
class BadDecoder(codecs.IncrementalDecoder):
    def decode(self, data, final=False):
        return bytes(data)
class OddState(codecs.IncrementalDecoder):
    def decode(self, data, final=False):
        return data.decode("latin-1")
    def getstate(self):
        return "nope"
class BadEncoder(codecs.IncrementalEncoder):
    def encode(self, text, final=False):
        return len(text)
def search(name):
    if name in ("bad_dec", "odd_state", "bad_enc"):
        dec = {"bad_dec": BadDecoder, "odd_state": OddState}.get(name, codecs.IncrementalDecoder)
        return codecs.CodecInfo(None, None, incrementaldecoder=dec,
                                incrementalencoder=BadEncoder if name == "bad_enc" else None, name=name)
    return None
codecs.register(search)
for name in ["bad_dec", "odd_state"]:
    try:
        t = io.TextIOWrapper(io.BytesIO(b"hello\nworld\n"), encoding=name)
        print(repr(t.readline()))
        print(t.tell())
    except Exception as e:
        print(type(e).__name__, e)
try:
    t = io.TextIOWrapper(io.BytesIO(), encoding="bad_enc")
    t.write("x")
    t.flush()
except Exception as e:
    print(type(e).__name__, e)
try:
    io.TextIOWrapper(io.BytesIO(b""), encoding="utf-8").reconfigure(encoding="rot13")
except LookupError as e:
    print("LookupError:", e)
t = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
t.reconfigure(encoding="utf-32-le", errors="replace")
t.write("é")
t.flush()
print(t.encoding, t.errors, t.buffer.getvalue())
