# catch_warnings restores the filters and showwarning when it ends
import warnings
before = list(warnings.filters)
orig = warnings.showwarning
with warnings.catch_warnings():
    warnings.simplefilter("error")
    warnings.showwarning = lambda *a: print("custom", a[0])
    try:
        warnings.warn("inside")
    except UserWarning as e:
        print("raised", e)
print(warnings.filters == before, warnings.showwarning is orig)
with warnings.catch_warnings(record=True) as w:
    print(warnings.showwarning is warnings._showwarning_orig)
    print(warnings.filters is not before)
try:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        raise KeyError("k")
except KeyError:
    pass
print(warnings.filters == before)
