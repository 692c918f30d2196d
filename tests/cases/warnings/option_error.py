# options: -W error
# -W error turns every warning into an exception
import sys, warnings
print(sys.warnoptions, warnings.filters[0])
try:
    warnings.warn("raised")
except UserWarning as e:
    print("caught", e)
warnings.warn("uncaught", RuntimeWarning)
print("not reached")
