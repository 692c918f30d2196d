# The posix module under os: its environ of bytes, its types, its repr.
import posix, os

print(repr(posix), posix.__name__)
print(type(posix.environ).__name__, all(type(k) is bytes and type(v) is bytes for k, v in posix.environ.items()))
print(posix.stat_result is os.stat_result, posix.DirEntry is os.DirEntry, posix.terminal_size is os.terminal_size)
print(os.stat_result.__module__, os.terminal_size.__module__, os.uname_result.__module__, os.times_result.__module__)
print(os.DirEntry.__module__, os.DirEntry.__name__, os.DirEntry.__qualname__)
print(posix.stat is os.stat, 'walk' in dir(posix), 'getcwd' in dir(posix), 'environ' in dir(posix))
print(os.stat_result.__doc__.splitlines()[0], os.terminal_size.__doc__)
