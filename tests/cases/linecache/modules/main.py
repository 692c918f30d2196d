# linecache and imported modules: the source beside the compiled file when it is
# there, the module loader's get_source through lazycache, nothing when sourceless.
import linecache
import os

import pkg
import pkg.mod

code = pkg.mod.answer.__code__
print(os.path.basename(code.co_filename), code.co_firstlineno)
print(repr(linecache.getline(code.co_filename, code.co_firstlineno)))
print(repr(linecache.getline(pkg.mod.__file__, 1)) if pkg.mod.__file__.endswith(".py") else "compiled file")
print(type(pkg.mod.__loader__).__name__, pkg.mod.__loader__.get_source("pkg.mod") is None)

# lazycache under another name: the loader gives the source
key = "<not a file: pkg.mod>"
print(linecache.lazycache("pkg-mod-alias.py", vars(pkg.mod)))
lines = linecache.getlines("pkg-mod-alias.py")
print(len(lines), lines[:1])
print(linecache.lazycache(key, vars(pkg.mod)))
print(linecache.getlines(code.co_filename, vars(pkg.mod))[-1:])
print(pkg.mod.answer(), pkg.where())
