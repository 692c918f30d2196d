# The names posixpath exports.
import posixpath, os

print(posixpath.__all__)
print(posixpath.curdir, posixpath.pardir, posixpath.extsep, posixpath.sep, posixpath.pathsep,
      posixpath.defpath, posixpath.altsep, posixpath.devnull, posixpath.supports_unicode_filenames)
print(os.path is posixpath, posixpath.__name__, posixpath.normcase('AbC'), posixpath.normcase(b'X'))
print(all(hasattr(posixpath, n) for n in posixpath.__all__))
print(posixpath.ALLOW_MISSING, type(posixpath.ALLOW_MISSING).__name__)
import genericpath
print(genericpath.__all__, p.exists.__module__ if (p := posixpath) else '', posixpath.normpath.__name__)
