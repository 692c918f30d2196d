# ~bool warns (DeprecationWarning, shown in __main__ by the default filters)
import warnings
print(~True, ~False)
def f(b):
    return ~b
print(f(True))
print(f(True))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    ~True
    ~False
print([(m.category.__name__, m.lineno, str(m.message)[:30]) for m in log])
with warnings.catch_warnings(action="error"):
    try:
        ~True
    except DeprecationWarning as e:
        print("raised", type(e).__name__)
print(~1, ~0)
