# "once" without a registry uses warnings.onceregistry, kept to the filters version
import warnings
warnings.simplefilter("once")
for ln in (1, 2, 3, 1):
    warnings.warn_explicit("t", UserWarning, "a.py", ln)
    print(ln, warnings.onceregistry)
warnings.simplefilter("once")
for ln in (4, 5):
    warnings.warn_explicit("t", UserWarning, "a.py", ln)
    print(ln, warnings.onceregistry)
warnings.warn_explicit("u", UserWarning, "a.py", 6)
print(6, warnings.onceregistry)
warnings.warn_explicit("u", UserWarning, "a.py", 7)
