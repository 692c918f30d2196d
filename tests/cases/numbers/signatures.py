# numbers: parameters of the abstract operators and the concrete mixins.
import numbers

def params(f):
    code = f.__code__
    return code.co_varnames[:code.co_argcount], f.__defaults__

for n in numbers.__all__:
    c = getattr(numbers, n)
    for name in sorted(vars(c)):
        v = vars(c)[name]
        if callable(v) and hasattr(v, "__code__"):
            print(n, name, params(v), v.__name__, v.__qualname__)
        elif isinstance(v, property) and v.__isabstractmethod__:
            print(n, name, "abstract property", v.fget.__name__, v.fget.__qualname__)
