# source= adds CPython's note about tracemalloc to the text shown
import warnings
warnings.simplefilter("always")

class Resource:
    def __repr__(self):
        return "<Resource>"

warnings.warn("unclosed thing", ResourceWarning, source=Resource())
warnings.warn("with a source", UserWarning, 1, Resource())
warnings.warn("source None", UserWarning, source=None)
warnings.warn_explicit("explicit with source", RuntimeWarning, "x.py", 3, source=Resource())
print(repr(warnings.formatwarning("f", UserWarning, "y.py", 1)))
