# nested catch_warnings: each level records and restores its own
import warnings
with warnings.catch_warnings(record=True) as outer:
    warnings.simplefilter("always")
    warnings.warn("outer 1")
    with warnings.catch_warnings(record=True) as inner:
        warnings.simplefilter("always")
        warnings.warn("inner")
    warnings.warn("outer 2")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        warnings.warn("ignored")
print([str(m.message) for m in outer], [str(m.message) for m in inner])
