# A module attribute read at one site sees every change to the module: new
# values, deleted names (then the module's __getattr__ hook, or CPython's
# AttributeError), names added later, a module whose class changes, and the
# attributes the module type itself provides.
import sys
import types

m = types.ModuleType("m")
m.x = 1


def read(mod):
    try:
        return mod.x
    except AttributeError as e:
        return "AttributeError: %s" % e


seen = []
for i in range(12):
    if i == 2:
        m.x = 2
    elif i == 4:
        del m.x
    elif i == 6:
        m.__getattr__ = lambda name: "hook gives " + name
    elif i == 8:
        m.x = 3
    elif i == 10:
        class Special(types.ModuleType):
            @property
            def x(self):
                return "property wins"
        m.__class__ = Special
    seen.append(read(m))
print(seen)


# Many modules through the same site, each with its own names.
mods = []
for k in range(6):
    mod = types.ModuleType("mod%d" % k)
    for j in range(100):  # names far into the dict
        setattr(mod, "n%d" % j, j * k)
    mod.x = k
    mods.append(mod)
print([read(mod) for mod in mods * 3])
print([getattr(mod, "n99") for mod in mods])


def names(mod):
    return [mod.__name__, mod.__doc__, type(mod.__dict__).__name__, mod.__class__.__name__]


print(names(m), names(types), sys.__name__)


def annotations_twice(mod):
    return [mod.__annotations__ for _ in range(3)]


a = types.ModuleType("a")
print(annotations_twice(a))
a.__annotations__ = {"z": int}
print(annotations_twice(a))


# A loop over a real module's functions.
def total():
    t = 0
    for i in range(1000):
        t += len(sys.argv) + sys.maxsize.bit_length()
    return t


print(total())
