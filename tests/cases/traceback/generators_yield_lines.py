import traceback

try:
    try:
        raise ValueError("one")
    except ValueError:
        raise TypeError("two")
except TypeError as e:
    te = traceback.TracebackException.from_exception(e)
gen = te.format()
print(type(gen).__name__, hasattr(gen, "__next__"))
parts = list(gen)
print(len(parts))
for p in parts:
    print(repr(p))
print(type(te.format_exception_only()).__name__)
