# posixpath imported before os.
import posixpath
print(posixpath.join('a', 'b'), posixpath.exists('/'))
import os, sys
print(os.path is posixpath, sys.modules['os.path'] is posixpath)
