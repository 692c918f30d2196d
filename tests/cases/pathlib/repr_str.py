# repr, str, bytes, os.fspath, as_posix, __reduce__ and the classes' names.
import os
import pathlib
from pathlib import PurePath, PurePosixPath, PureWindowsPath, Path, PosixPath

for p in [PurePosixPath('a/b'), PureWindowsPath('c:\\x\\y'), PurePath('q'), PurePosixPath(''),
          PurePosixPath("it's"), PurePosixPath('/é/x y')]:
    print(repr(p), str(p), bytes(p), os.fspath(p), p.as_posix(), p.__reduce__())
print(repr(Path('a')), repr(PosixPath('/b')), type(Path('x')).__name__)
print(PurePosixPath.__mro__)
print(PosixPath.__mro__)
print(PureWindowsPath.__mro__)
print(pathlib.__all__)
print(isinstance(Path('a'), PurePath), isinstance(Path('a'), PurePosixPath), issubclass(PosixPath, Path))
print(os.fspath(Path('a/b')), os.path.join(Path('a'), 'b'), str(Path('.')))
print(PurePath.__module__, Path.__qualname__, pathlib.UnsupportedOperation.__mro__)
print(f'{PurePosixPath("x/y")}', '%s' % PurePosixPath('z'), format(PurePosixPath('w'), ''))
