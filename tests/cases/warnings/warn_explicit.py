# warn_explicit: the caller gives the file, line, module and registry
import warnings
warnings.simplefilter("always")
warnings.warn_explicit("plain", UserWarning, "foo.py", 12)
warnings.warn_explicit("no file", UserWarning, "", 1)
warnings.warn_explicit("bool line", UserWarning, "f.py", True)
warnings.warn_explicit(UserWarning("an instance"), None, "f.py", 1)
warnings.warn_explicit("with module", RuntimeWarning, "f.py", 2, module="pkg.mod")
try:
    warnings.warn_explicit("str line", UserWarning, "f.py", "7")
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.warn_explicit("no category", None, "f.py", 1)
except TypeError as e:
    print("TypeError:", e)
warnings.filterwarnings("error", module="foo$")
try:
    warnings.warn_explicit("module from the file name", UserWarning, "foo.py", 1)
except UserWarning as e:
    print("error:", e)
warnings.warn_explicit("upper-case .PY is kept", UserWarning, "foo.PY", 1)
warnings.filterwarnings("error", module="<unknown>")
try:
    warnings.warn_explicit("empty file name", UserWarning, "", 1)
except UserWarning as e:
    print("error:", e)
