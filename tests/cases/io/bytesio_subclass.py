# Subclasses of BytesIO and what the base classes give them.
import _io


class Upper(_io.BytesIO):
    def read(self, size=-1):
        return super().read(size).upper()


u = Upper(b"abc\ndef\n")
print(u.read(2), u.readline(), list(u))
u.seek(0)
ba = bytearray(3)
print(u.readinto(ba), ba)
print(isinstance(u, _io._BufferedIOBase), isinstance(u, _io._IOBase))
print(Upper.__mro__)
u.tag = "t"
print(u.__dict__)
print(type(u).__name__, repr(u).startswith("<__main__.Upper object at"))
