# cwd: tmp
# "I/O operation on closed file" in its forms, layer by layer.
import io

f = open("f", "w+")
f.close()
calls = [("text read", f.read), ("text write", lambda: f.write("x")), ("buffer read", f.buffer.read),
         ("buffer write", lambda: f.buffer.write(b"x")), ("raw read", f.buffer.raw.read),
         ("raw write", lambda: f.buffer.raw.write(b"x")), ("buffer seek", lambda: f.buffer.seek(0)),
         ("raw seek", lambda: f.buffer.raw.seek(0)), ("buffer flush", f.buffer.flush),
         ("text flush", f.flush), ("bytesio", io.BytesIO().__class__(b"").read)]
for what, call in calls:
    try:
        call()
        print(what, "no error")
    except ValueError as e:
        print(what, "->", e)
