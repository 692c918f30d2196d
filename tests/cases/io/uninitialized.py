# Objects of the io classes made without __init__, and TextIOWrapper cookies
# that do not come from tell(): errors, never crashes.
import io
w = io.TextIOWrapper(io.BytesIO(b"abcdef"))
for cookie in ((1 << 128) * 100 + (1 << 96) * 3, 1 << 200, (1 << 168) - 1, 1 << 63, (1 << 64) - 1, -1):
    try:
        print(w.seek(cookie), repr(w.read(2)))
    except Exception as e:
        print(type(e).__name__, e)
for cls in (io.TextIOWrapper, io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.FileIO, io.StringIO, io.BytesIO, io.BufferedRWPair, io.IncrementalNewlineDecoder):
    o = cls.__new__(cls)
    for name in ("read", "write", "readline", "close", "tell", "seek", "flush", "__repr__", "decode", "getstate", "detach", "fileno", "__next__"):
        m = getattr(o, name, None)
        if m is None: continue
        try:
            r = m(0) if name in ("read", "seek", "readline") else m(b"x" if cls in (io.BufferedWriter, io.BufferedRandom, io.BytesIO, io.FileIO) else "x") if name in ("write", "decode") else m()
            print(cls.__name__, name, "ok", type(r).__name__)
        except Exception as e:
            print(cls.__name__, name, type(e).__name__, e)
