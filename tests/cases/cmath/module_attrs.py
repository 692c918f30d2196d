# cmath's names, constants, docstrings and text signatures.
import cmath

print([n for n in dir(cmath) if not n.startswith("__")])
print(cmath.__name__, repr(cmath.__doc__))
for name in ["e", "pi", "tau", "inf", "infj", "nan", "nanj"]:
    v = getattr(cmath, name)
    print(name, type(v).__name__, repr(v))
for name in sorted(dir(cmath)):
    obj = getattr(cmath, name)
    if callable(obj) and not name.startswith("__"):
        print(name, obj.__qualname__, obj.__module__, repr(obj.__text_signature__))
        print("  ", repr(obj.__doc__))
