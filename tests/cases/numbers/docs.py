# numbers: the docstrings of the classes, operators and properties.
import numbers

for n in numbers.__all__:
    c = getattr(numbers, n)
    print("==", n)
    print(c.__doc__)
    for name in sorted(vars(c)):
        v = vars(c)[name]
        if name.startswith("_abc") or name in ("__doc__", "__module__", "__firstlineno__", "__static_attributes__"):
            continue
        doc = getattr(v, "__doc__", None) if (callable(v) or isinstance(v, property)) else None
        print(name, type(v).__name__, getattr(v, "__isabstractmethod__", False), repr(doc))
