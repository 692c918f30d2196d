# os.fspath, os.PathLike, fsencode and fsdecode.
import os

class P:
    def __init__(self, v): self.v = v
    def __fspath__(self): return self.v

class Sub(str): pass
print(os.fspath('a'), os.fspath(b'b'), os.fspath(P('c')), os.fspath(P(b'd')), type(os.fspath(Sub('e'))).__name__)
for bad in [1, None, P(1), P(None), bytearray(b'x')]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print(e)
print(isinstance(P('x'), os.PathLike), isinstance('x', os.PathLike), issubclass(P, os.PathLike))
print(issubclass(str, os.PathLike), issubclass(bytes, os.PathLike), isinstance(1, os.PathLike))
class Blocked(P):
    __fspath__ = None
print(issubclass(Blocked, os.PathLike))
class Explicit(os.PathLike):
    def __fspath__(self): return 'explicit'
print(os.fspath(Explicit()), isinstance(Explicit(), os.PathLike))
print(os.fsencode('caf\xe9'), os.fsencode(b'raw'), os.fsencode(P('p')), os.fsencode('\udcff'))
print(os.fsdecode(b'caf\xc3\xa9'), os.fsdecode('str'), ascii(os.fsdecode(b'\xff')), os.fsdecode(P(b'q')))
for bad in [1, P(2)]:
    try:
        os.fsencode(bad)
    except TypeError as e:
        print(e)
print(os.PathLike[str])
print(os.PathLike.__subclasshook__(P), os.PathLike.__subclasshook__(str), Explicit.__subclasshook__(P))
class NotPath:
    pass
print(issubclass(NotPath, os.PathLike), issubclass(Explicit, os.PathLike), isinstance(Explicit(), P))
class Incomplete(os.PathLike):
    pass
for cls in (os.PathLike, Incomplete):
    try:
        cls()
    except TypeError as e:
        print(e)
class WithInit(os.PathLike):
    def __init__(self, v): self.v = v
    def __fspath__(self): return self.v
print(os.fspath(WithInit('init')))
