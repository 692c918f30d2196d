# options: -W error
# at exit, a warning turned into an error in __del__ is reported
import warnings

class Holder:
    def __del__(self):
        warnings.warn("from __del__")

h = Holder()
print("end")
