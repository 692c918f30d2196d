# Argument checking of sys.stdout's methods, compared with CPython.
# lib: argprobe
from argprobe import attempt as a
import sys

s = sys.stdout
for name in ("write", "read", "readline", "readlines", "flush", "fileno", "isatty", "readable", "writable",
             "seekable", "__enter__", "__exit__"):
    f = getattr(s, name)
    print(name, f.__text_signature__, repr((f.__doc__ or "").split("\n")[0]))
    if name != "__exit__":
        a(name + " many", f, 1, 2, 3)
    a(name + " kw", f, x=1)
