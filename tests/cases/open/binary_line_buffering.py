# cwd: tmp
# Line buffering asked of a binary file: a RuntimeWarning, then the default
# buffer size; with -W error the warning is an error.
import warnings

with open("f", "wb", buffering=1) as f:
    print(type(f).__name__, f.write(b"x\n"))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    open("f", "rb", buffering=1).close()
print([(w.category.__name__, str(w.message)) for w in caught])
warnings.simplefilter("error")
try:
    open("f", "rb", buffering=1)
except RuntimeWarning as e:
    print("raised:", e)
