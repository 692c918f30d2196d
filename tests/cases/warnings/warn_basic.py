# warnings.warn with the default filters: shown once per location, on stderr
import warnings

def f(n):
    warnings.warn("careful: %d" % n)

for i in range(3):
    f(1)
f(2)
warnings.warn("top level")
warnings.warn("top level")
print("done")
