# io.UnsupportedOperation and what the base classes leave unsupported.
import _io

U = _io.UnsupportedOperation
print(U, U.__mro__, U.__module__, U.__name__, U.__qualname__)
print(issubclass(U, OSError), issubclass(U, ValueError))
print(_io.BlockingIOError is BlockingIOError, _io.DEFAULT_BUFFER_SIZE)


def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, repr(e))


base = _io._IOBase()
for name in ("fileno", "tell", "truncate", "readable", "writable", "seekable", "isatty", "flush"):
    attempt(getattr(base, name))
attempt(base.seek, 0)
attempt(base._checkReadable)
attempt(base._checkWritable)
attempt(base._checkSeekable)
attempt(base._checkClosed)
raw = _io._RawIOBase()
attempt(raw.read, 1)
attempt(raw.readinto, bytearray(1))
attempt(raw.write, b"")
buf = _io._BufferedIOBase()
for name in ("read", "read1", "detach"):
    attempt(getattr(buf, name))
attempt(buf.write, b"")
attempt(buf.readinto, bytearray(1))
text = _io._TextIOBase()
for name in ("read", "readline", "detach"):
    attempt(getattr(text, name))
attempt(text.write, "")
print(text.encoding, text.errors, text.newlines)
try:
    raise U("custom")
except ValueError as e:
    print("caught as ValueError", e)
try:
    raise U("again")
except OSError as e:
    print("caught as OSError", e, e.errno)
