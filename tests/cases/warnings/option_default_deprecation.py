# options: -W default::DeprecationWarning
import warnings
print(warnings.filters[0])
warnings.warn_explicit("from another module: shown", DeprecationWarning, "m.py", 1, module="m")
warnings.warn("pending: still ignored", PendingDeprecationWarning)
for i in range(2):
    warnings.warn("once per line", DeprecationWarning)
