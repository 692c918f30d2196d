# The standard streams are the io module's own classes, in CPython's three
# layers: TextIOWrapper over BufferedReader/BufferedWriter over FileIO.
import io
import sys

for f in (sys.stdin, sys.stdout, sys.stderr):
    b = f.buffer
    r = b.raw
    print(type(f) is io.TextIOWrapper, type(b).__name__, type(r) is io.FileIO)
    print(" ", isinstance(f, io.TextIOBase), isinstance(f, io.IOBase), isinstance(b, io.BufferedIOBase),
          isinstance(r, io.RawIOBase))
    print(" ", repr(f))
    print(" ", repr(b))
    print(" ", repr(r), r.name, r.mode, r.closefd, r.fileno())
    print(" ", f.__dict__, b.__dict__, r.__dict__)
    print(" ", f.encoding, f.errors, f.line_buffering, f.write_through, f.newlines, f._CHUNK_SIZE)
    print(" ", f.readable(), f.writable(), b.readable(), b.writable(), r.readable(), r.writable())
print(sys.__stdin__ is sys.stdin, sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr)
print(sys.stdout.buffer is sys.stdout.buffer, sys.stdout.buffer.raw is sys.stdout.buffer.raw)
print(sys.stdin.buffer.raw is not sys.stdout.buffer.raw)
print(type(sys.stdout).__module__, type(sys.stdout).__qualname__, type(sys.stdout.buffer).__module__)
