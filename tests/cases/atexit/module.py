# The module, its names and documentation.
import atexit
import sys

print(atexit, [n for n in dir(atexit)])
print(atexit.__doc__)
for name in ["register", "unregister", "_run_exitfuncs", "_clear", "_ncallbacks"]:
    f = getattr(atexit, name)
    print(name, f.__text_signature__, repr(f.__doc__), f.__qualname__)
atexit.register(print, "kept across a re-import")
del sys.modules["atexit"]
import atexit as again
print(again is atexit, again._ncallbacks())
