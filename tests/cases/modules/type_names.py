# A type's __module__, __name__ and __qualname__ come from one dotted name,
# which error messages print whole for a type outside builtins.
import sys

def f[T, *Ts, **P](): pass
type Alias = int
T, Ts, P = f.__type_params__
samples = [t"x", t"{1}".interpolations[0], T, Ts, P, Alias, sys.flags, sys.version_info,
           sys.float_info, sys.int_info, sys.hash_info, sys.implementation, sys.stdout, iter([]), iter({}),
           (x for x in ()), 1, "s", None, NotImplemented, ..., ExceptionGroup("g", [ValueError()])]
for o in samples:
    t = type(o)
    print(repr(t), t.__module__, t.__name__, t.__qualname__)
    try:
        o @ 1
    except TypeError as e:
        print("  ", e)
    try:
        o.no_such_attribute
    except AttributeError as e:
        print("  ", e)
ga = type(list[int])
print(repr(ga), ga.__module__, ga.__name__, ga.__qualname__)
print(ExceptionGroup.__mro__, ExceptionGroup.__bases__)
print(type(sys.implementation)(), type(sys.implementation).__dict__.get("__new__") is not None)
try:
    type(sys.flags)()
except TypeError as e:
    print(e)
try:
    type(iter([]))()
except TypeError as e:
    print(e)
