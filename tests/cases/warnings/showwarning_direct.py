# showwarning() and formatwarning() called directly
import warnings, sys
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 10)))
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 10, "   a line  ")))
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 10, "")))
print(repr(warnings.formatwarning(RuntimeWarning("inst"), RuntimeWarning, "f", 1)))
print(repr(warnings.formatwarning("here", UserWarning, __file__, 2)))
warnings.showwarning("to stderr", UserWarning, "x.py", 3)
warnings.showwarning("to stdout", UserWarning, "x.py", 3, file=sys.stdout)
warnings.showwarning("with a line", UserWarning, "x.py", 3, sys.stdout, "LINE")

class Broken:
    def write(self, text):
        raise OSError("cannot write")
warnings.showwarning("lost quietly", UserWarning, "x.py", 3, Broken())
print("still here")
