# BZ2File's refusals: bad modes and levels, wrong direction, closed files,
# truncated and invalid input.
import bz2
import io

for args, kw in [((io.BytesIO(), "q"), {}), ((io.BytesIO(), "rw"), {}), ((io.BytesIO(), "rt"), {}),
                 ((io.BytesIO(), "w"), {"compresslevel": 0}), ((io.BytesIO(), "w"), {"compresslevel": 10}),
                 ((12.5,), {}), ((None,), {}), ((io.BytesIO(), 3), {})]:
    try:
        bz2.BZ2File(*args, **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

r = bz2.BZ2File(io.BytesIO(bz2.compress(b"abc")))
for name, call in [("write", lambda: r.write(b"x")), ("writelines", lambda: r.writelines([b"x"]))]:
    try:
        call()
    except io.UnsupportedOperation as e:
        print(name, "UnsupportedOperation", e)
try:
    r.readline("1")
except TypeError as e:
    print("TypeError", e)
print(r.readline(True))
r.close()
r.close()
for name in ("read", "read1", "peek", "readline", "readlines", "tell", "fileno", "readable",
             "writable", "seekable"):
    try:
        getattr(r, name)()
    except ValueError as e:
        print(name, "ValueError", e)
try:
    r.name
except ValueError as e:
    print("name ValueError", e)
try:
    with r:
        pass
except ValueError as e:
    print("with ValueError", e)

w = bz2.BZ2File(io.BytesIO(), "w")
for name in ("read", "read1", "peek", "readline"):
    try:
        getattr(w, name)()
    except io.UnsupportedOperation as e:
        print(name, "UnsupportedOperation", e)
try:
    w.write("text")
except TypeError as e:
    print("TypeError", e)
w.close()
try:
    w.write(b"x")
except ValueError as e:
    print("ValueError", e)

blob = bz2.compress(b"some data " * 100)
try:
    bz2.BZ2File(io.BytesIO(blob[:-10])).read()
except EOFError as e:
    print("EOFError", e)
try:
    bz2.BZ2File(io.BytesIO(b"this is not bzip2 data")).read()
except OSError as e:
    print("OSError", e)
print(bz2.BZ2File(io.BytesIO(blob + b"garbage after")).read() == b"some data " * 100)
try:
    bz2.BZ2File(io.BytesIO(b"")).read()
except EOFError as e:
    print("empty: EOFError", e)
