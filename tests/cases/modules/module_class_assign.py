# A module's __class__ may become a subclass of ModuleType and back, as
# importlib.util.LazyLoader relies on; other classes are refused.
import sys

ModuleType = type(sys)


class Verbose(ModuleType):
    def __getattribute__(self, attr):
        if not attr.startswith("__"):
            print("looking up", attr)
        return super().__getattribute__(attr)


class Other(ModuleType):
    pass


m = ModuleType("demo")
m.x = 1
m.__class__ = Verbose
print(type(m).__name__, m.x, isinstance(m, ModuleType))
m.__class__ = Other
print(type(m).__name__, m.x)
m.__class__ = ModuleType
print(type(m).__name__, m.x)


class Plain:
    pass


for target in (Plain, int):
    try:
        m.__class__ = target
    except TypeError as e:
        print(e)
p = Plain()
try:
    p.__class__ = Verbose
except TypeError as e:
    print(e)
