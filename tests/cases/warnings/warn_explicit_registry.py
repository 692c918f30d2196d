# warn_explicit with a registry of its own: "default" dedupes per registry
import warnings
warnings.simplefilter("default")
reg = {}
for i in range(2):
    warnings.warn_explicit("x", UserWarning, "f.py", 1, registry=reg)
    warnings.warn_explicit("x", UserWarning, "f.py", 2, registry=reg)
    warnings.warn_explicit("y", UserWarning, "f.py", 1, registry=reg)
print(reg)
warnings.warn_explicit("x", UserWarning, "f.py", 1, registry={})
warnings.warn_explicit("x", UserWarning, "f.py", 1)
warnings.warn_explicit("x", UserWarning, "f.py", 1)
old = {"version": -5, ("x", UserWarning, 1): True}
warnings.warn_explicit("x", UserWarning, "f.py", 1, registry=old)
print(old)
