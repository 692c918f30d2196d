# catch_warnings(action=..., category=..., lineno=..., append=...)
import warnings
with warnings.catch_warnings(action="error", category=RuntimeWarning):
    print(warnings.filters[0])
    warnings.warn("user warning: default action")
    try:
        warnings.warn("runtime", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e)
with warnings.catch_warnings(action="ignore"):
    warnings.warn("ignored")
with warnings.catch_warnings(action="always", append=True):
    print(warnings.filters[-1])
try:
    warnings.catch_warnings(action="bogus").__enter__()
except ValueError as e:
    print("ValueError:", e)
warnings.warn("after")
