# The names os and os.path export for this system.
import os, sys

print(os.name, repr(os.sep), repr(os.altsep), repr(os.extsep), repr(os.pathsep), repr(os.linesep))
print(os.curdir, os.pardir, os.defpath, os.devnull)
print(os.path.__name__, sys.modules['os.path'] is os.path, os.path.sep)
import os.path as p
print(p is os.path)
from os import path
print(path.join('a', 'b'))
print(os.supports_bytes_environ, os.stat in os.supports_dir_fd, os.listdir in os.supports_fd,
      os.stat in os.supports_follow_symlinks, os.access in os.supports_effective_ids)
print(type(os.supports_fd).__name__)
for n in ['makedirs', 'walk', 'fwalk', 'fsencode', 'PathLike', 'environ', 'stat', 'scandir', 'getenv',
          'SEEK_SET', '_exit', 'path', 'sep']:
    print(n, n in os.__all__)
print(hasattr(os, 'fdopen'))
print(os.getcwd is __import__('posix').getcwd, type(os.stat).__name__)
print(type(os.environ).__module__, repr(os.environ)[:9])
