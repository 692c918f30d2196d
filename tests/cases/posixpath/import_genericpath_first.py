# genericpath imported before os: os, posixpath and genericpath still load whole.
import genericpath
print(genericpath.exists('/'), genericpath.commonprefix(['ab', 'ac']), genericpath.ALLOW_MISSING)
import os
print(os.path.exists('/'), os.path.isdir is genericpath.isdir, os.path.normpath('a//b'))
