# The standard streams: their reprs, attributes and write methods.
import sys

for f in (sys.stdin, sys.stdout, sys.stderr):
    print(repr(f), type(f).__name__, type(f).__module__, f.name, f.mode, f.encoding)
    print(" ", f.closed, f.readable(), f.writable(), f.fileno(), f.newlines)
    b = f.buffer
    print(" ", b.name, b.mode, b.closed, b.readable(), b.writable())
print(repr(sys.stdin.buffer))
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdout.buffer is sys.stdout.buffer)
print(sys.stdout.write("text\n"), sys.stdout.write(""))
sys.stdout.flush()
print(sys.stdout.buffer.write(b"bytes\n"), sys.stdout.buffer.write(bytearray(b"ba\n")))
sys.stdout.buffer.flush()
print(sys.stderr.write("to stderr\n"))
sys.stderr.flush()
for bad in (lambda: sys.stdout.write(b"x"), lambda: sys.stdout.buffer.write("x")):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
