# What the constructors refuse, as CPython words it.
from pathlib import PurePath, PurePosixPath, Path, WindowsPath, PureWindowsPath, UnsupportedOperation

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

t(lambda: PurePosixPath(1))
t(lambda: PurePosixPath('a', None))
t(lambda: PurePosixPath(b'a'))
t(lambda: PurePosixPath('a', x=1))
t(lambda: PurePath('a', x=1))
t(lambda: Path('a', foo=2))
t(lambda: WindowsPath('a'))
t(lambda: PureWindowsPath('a'))
class Bad:
    def __fspath__(self):
        return b'bytes'
t(lambda: PurePosixPath(Bad()))
try:
    WindowsPath()
except UnsupportedOperation as e:
    print(isinstance(e, NotImplementedError), e)
