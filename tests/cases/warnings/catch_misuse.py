# catch_warnings cannot be entered twice or exited first; its repr
import warnings
c = warnings.catch_warnings()
print(repr(c), repr(warnings.catch_warnings(record=True)))
with c:
    pass
try:
    with c:
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    warnings.catch_warnings(True)
except TypeError as e:
    print("TypeError:", e)
