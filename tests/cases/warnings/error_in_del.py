# an error from a warning in __del__ is reported as "Exception ignored"
import warnings
warnings.simplefilter("error")

class Holder:
    def __del__(self):
        warnings.warn("from __del__", RuntimeWarning)

h = Holder()
del h
print("after")
