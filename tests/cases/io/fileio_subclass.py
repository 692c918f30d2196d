# cwd: tmp
# A subclass of FileIO: its repr, attributes and methods it overrides.
import _io


class Logged(_io.FileIO):
    def write(self, b):
        print("write", bytes(b))
        return super().write(b)

    def close(self):
        print("close", self.closed)
        super().close()


f = Logged("f", "w")
print(f)
f.extra = 1
print(f.extra, f.__dict__)
f.writelines([b"a", b"b"])
f.close()
f.close()
with Logged("f", "r") as g:
    print(g.read())
print(isinstance(g, _io._RawIOBase), isinstance(g, _io._IOBase), _io.FileIO.__mro__)
