# an action warnings does not know, put in the filters by hand
import warnings
warnings.filters.insert(0, ("bogus", None, Warning, None, 0))
try:
    warnings.warn("z")
except RuntimeError as e:
    print("RuntimeError:", e)
del warnings.filters[0]
warnings.warn("fine again")
