# Registering a class of our own with io's abstract classes.
import io


class Plain:
    def read(self, n=-1):
        return b""


print(issubclass(Plain, io.IOBase), isinstance(Plain(), io.RawIOBase))
io.RawIOBase.register(Plain)
print(issubclass(Plain, io.IOBase), issubclass(Plain, io.RawIOBase), isinstance(Plain(), io.IOBase))
print(issubclass(Plain, io.BufferedIOBase), Plain.__mro__)
print(io.RawIOBase.register(io.FileIO) is io.FileIO)
