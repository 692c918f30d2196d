# StringIO positions are character indexes.
import io

s = io.StringIO("héllo wörld 😀!")
print(s.seek(6), s.read(5), s.tell(), s.seek(0, 2), s.tell(), s.read())
s.seek(13)
print(repr(s.read(1)), s.tell())
s.seek(100)
print(repr(s.read()), s.tell())
print(s.write("?"), len(s.getvalue()), repr(s.getvalue()[-3:]))
