# TextIOWrapper.reconfigure.
import _io


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


b = _io.BytesIO()
w = _io.TextIOWrapper(b)
w.write("x")
print(b.getvalue())
attempt(w.reconfigure, encoding="latin-1")
print(b.getvalue(), w.encoding, w.errors)
w.reconfigure(line_buffering=True, write_through=True, errors="replace")
print(w.line_buffering, w.write_through, w.errors, w.encoding)
w.write("é€\n")
print(b.getvalue())
attempt(w.reconfigure, newline="x")
attempt(w.reconfigure, 5)
attempt(w.reconfigure, encoding="nope")
attempt(w.reconfigure, encoding=5)
w.reconfigure(newline="\r\n")
w.write("a\nb")
w.flush()
print(b.getvalue())
w.reconfigure(line_buffering=False)
print(w.line_buffering)
r = _io.TextIOWrapper(_io.BytesIO(b"abc\r\ndef"))
print(r.read(1))
attempt(r.reconfigure, newline="")
attempt(r.reconfigure, encoding="latin-1")
r.reconfigure(line_buffering=True)
print(r.line_buffering, r.read())
r = _io.TextIOWrapper(_io.BytesIO(b"abc\r\ndef"))
r.reconfigure(newline="")
print(r.readlines())
