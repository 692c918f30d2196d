# "module": once per message and category in each module
import warnings
warnings.simplefilter("module")

def w(msg):
    warnings.warn(msg)

for i in range(2):
    w("m")
    warnings.warn("m")
w("n")
reg = {}
warnings.warn_explicit("x", UserWarning, "f.py", 1, registry=reg)
warnings.warn_explicit("x", UserWarning, "f.py", 2, registry=reg)
warnings.warn_explicit("x", UserWarning, "f.py", 3, registry=None)
warnings.warn_explicit("x", UserWarning, "f.py", 3, registry=None)
print(reg)
