# suppress: types, tuples of types, nothing, subclasses
from contextlib import suppress

with suppress(KeyError):
    {}["missing"]
print("after KeyError")

with suppress(ValueError, LookupError):
    [][3]
print("after IndexError via LookupError")

try:
    with suppress():
        raise OSError("nothing suppressed")
except OSError as e:
    print("OSError", e)

try:
    with suppress(KeyError):
        raise ValueError("other")
except ValueError as e:
    print("ValueError", e)

s = suppress(ZeroDivisionError)
for i in range(3):
    with s:
        print(10 // (1 - i))
print(s.__enter__(), s.__exit__(None, None, None))
print(s.__exit__(ZeroDivisionError, ZeroDivisionError(), None))
print(s.__exit__(KeyError, KeyError(), None))

with suppress(BaseException):
    raise SystemExit(3)
print("SystemExit suppressed")

try:
    with suppress(42):
        raise KeyError
except TypeError as e:
    print("TypeError:", e)
with suppress(42):
    pass
print("no exception, no check")
