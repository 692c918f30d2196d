# a replaced showwarning receives every warning shown
import warnings, sys
warnings.simplefilter("always")

def show(message, category, filename, lineno, file=None, line=None):
    print("show:", repr(message), category.__name__, filename, lineno, file, line)

warnings.showwarning = show
warnings.warn("via custom")
warnings.warn_explicit("explicit", RuntimeWarning, "some.py", 99)
warnings.showwarning = 5
try:
    warnings.warn("not callable")
except TypeError as e:
    print("TypeError:", e)
del warnings.showwarning
warnings.warn("deleted: the standard way")
warnings.showwarning = warnings._showwarning_orig
warnings.warn("restored")
