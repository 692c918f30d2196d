# catch_warnings with a replaced showwarning or formatwarning, and module=
import warnings, sys
warnings.simplefilter("always")
def custom(*a):
    print("custom", a[0])
warnings.showwarning = custom
with warnings.catch_warnings(record=True) as log:
    warnings.warn("recorded")
    warnings.showwarning = custom
    warnings.warn("custom inside record")
print(len(log), warnings.showwarning is custom)
with warnings.catch_warnings():
    warnings.warn("custom in plain catch")
warnings.showwarning = warnings._showwarning_orig
warnings.formatwarning = lambda m, c, f, l, line=None: "FMT %s\n" % m
with warnings.catch_warnings(record=True) as log:
    warnings.warn("recorded, not formatted")
print([str(m.message) for m in log])
warnings.warn("formatted")
class Fake:
    filters = []
    showwarning = None
    _showwarnmsg_impl = None
    def _filters_mutated(self): print("mutated")
    _showwarning_orig = None
m = Fake()
c = warnings.catch_warnings(module=m)
print(repr(c)[:40])
