# module.__repr__ follows the module's __spec__, else its __file__ and
# __loader__, as CPython's import system writes it.
import sys

M = type(sys)
m = M("x")
print(repr(m), m.__spec__, m.__loader__, m.__package__)
m.__file__ = "f.py"
print(repr(m))
del m.__file__
m.__loader__ = "LDR"
print(repr(m))
m.__file__ = "g.py"
print(repr(m))

class Spec:
    name = "nm"
    origin = "orig"
    has_location = False
    loader = None

m.__spec__ = Spec()
print(repr(m))
Spec.has_location = True
print(repr(m))
Spec.origin = None
print(repr(m))
Spec.loader = "L2"
print(repr(m))
Spec.name = None
print(repr(m))
m.__spec__ = object()
try:
    print(repr(m))
except AttributeError as e:
    print(type(e).__name__, e)
m.__spec__ = None
del m.__file__
print(repr(m))
del m.__name__
print(repr(m))
m.__spec__ = 0
print(repr(m))

class Hooked(M):
    pass
h = Hooked("h")
print(repr(h))

def getattr_hook(name):
    if name == "__file__":
        return "hooked.py"
    raise AttributeError(name)

n = M("n")
n.__getattr__ = getattr_hook
print(repr(n))
print(repr(sys), repr(sys.modules["builtins"]))
