# env: PYTHONWARNINGS=error::RuntimeWarning,ignore::UserWarning
import sys, warnings
print(sys.warnoptions)
print(warnings.filters[:2])
warnings.warn("ignored")
try:
    warnings.warn("raised", RuntimeWarning)
except RuntimeWarning as e:
    print("caught", e)
