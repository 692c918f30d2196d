# The io module: its names, its abstract classes and how the concrete
# classes are registered with them.
import io
import _io

print(sorted(io.__all__))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(io.UnsupportedOperation is _io.UnsupportedOperation, io.BlockingIOError is BlockingIOError)
for name in ("IOBase", "RawIOBase", "BufferedIOBase", "TextIOBase"):
    cls = getattr(io, name)
    print(name, cls, type(cls).__name__, cls.__mro__, cls.__module__)
for cls in (io.FileIO, io.BytesIO, io.StringIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom,
            io.BufferedRWPair, io.TextIOWrapper):
    print(cls.__name__, [issubclass(cls, base) for base in (io.IOBase, io.RawIOBase, io.BufferedIOBase,
                                                            io.TextIOBase)])
print(isinstance(io.BytesIO(), io.IOBase), isinstance(io.StringIO(), io.BufferedIOBase))
print(io.open is open, io.text_encoding(None), io.text_encoding("utf-8"))
print(io.IncrementalNewlineDecoder is _io.IncrementalNewlineDecoder)
print(io.IOBase.__doc__ == _io._IOBase.__doc__)
