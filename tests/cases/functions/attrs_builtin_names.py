# __name__, __qualname__, __module__ and __self__ of built-in functions and methods.
import sys
for f in (len, print, sys.getrecursionlimit, [].append, "".join, dict.fromkeys, int.from_bytes):
    print(f.__name__, f.__qualname__, f.__module__, type(f.__self__).__name__)
