# cwd: tmp
# SpooledTemporaryFile: in memory until max_size is passed, then a real file.
import io
import os
import tempfile

s = tempfile.SpooledTemporaryFile(max_size=10, dir=".")
print(isinstance(s, io.IOBase), s._rolled, type(s._file).__name__)
print(s.mode, s.name, s.closed, s.readable(), s.writable(), s.seekable(), s.isatty())
print(s.write(b"0123456789"), s._rolled, s.tell())
print(s.write(b"A"), s._rolled, type(s._file).__name__, s.tell(), os.listdir("."))
s.seek(0)
print(s.read(), s.mode, type(s.name).__name__)
s.seek(3)
print(s.read(2), s.readline(), s.tell())
s.close()
print(s.closed)

# max_size=0: never rolls over on its own; rollover() and fileno() force it
s = tempfile.SpooledTemporaryFile()
s.write(b"x" * 100000)
print(s._rolled, s.name)
s.rollover()
print(s._rolled, s.tell(), type(s.name).__name__)
s.rollover()
s.seek(0)
print(len(s.read()))
s.close()
s = tempfile.SpooledTemporaryFile(dir=".")
s.write(b"abc")
print(s.fileno() > 2, s._rolled)
s.seek(0)
print(s.read())
s.close()

# lines, read1, readinto, truncate, flush
s = tempfile.SpooledTemporaryFile(max_size=100)
s.writelines([b"a\n", b"b\n", b"c\n"])
s.seek(0)
print(s.readlines(), s.tell())
s.seek(0)
print(list(s))
s.seek(0)
print(s.read1(2))
buf = bytearray(3)
print(s.readinto(buf), buf)
print(s.truncate(4), s.tell(), s._rolled)
s.seek(0)
print(s.read())
s.flush()
print(s.truncate(200), s._rolled)
s.close()

# writelines rolls over in the middle
s = tempfile.SpooledTemporaryFile(max_size=3)
s.writelines([b"ab", b"cd", b"ef", b"gh"])
print(s._rolled, s.tell())
s.seek(0)
print(s.read())
s.close()
print(os.listdir("."))
