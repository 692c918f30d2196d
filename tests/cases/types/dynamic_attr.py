# types.DynamicClassAttribute: instance access is normal, class access goes to __getattr__.
import types, abc

DCA = types.DynamicClassAttribute

class Meta(type):
    def __getattr__(cls, name):
        return f"virtual {name} of {cls.__name__}"

class Thing(metaclass=Meta):
    def __init__(self): self._v = 1
    @DCA
    def value(self):
        "The value."
        return self._v
    @value.setter
    def value(self, v): self._v = v
    @value.deleter
    def value(self): print("deleting"); self._v = None
    ro = DCA(lambda self: "read only")
    wo = DCA(None, lambda self, v: print("set wo", v))

t = Thing()
print(t.value, Thing.value, Thing.ro, t.ro)
t.value = 5
print(t.value)
del t.value
print(t.value)
for action in (lambda: setattr(t, "ro", 1), lambda: delattr(t, "ro"), lambda: t.wo):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
t.wo = 3
d = Thing.__dict__["value"]
print(d.__doc__, d.overwrite_doc, d.__isabstractmethod__, d.fget.__name__, d.fset.__name__)
print(Thing.__dict__["ro"].__doc__, DCA(None, None, None, "explicit").__doc__)
print(repr(DCA().__doc__))
g = DCA(doc="kept").getter(lambda self: 1)
print(g.__doc__, g.overwrite_doc)
def fetch(self):
    "fetch doc"
h = DCA(lambda s: 0).getter(fetch)
print(h.__doc__, h.overwrite_doc)

class Abstract(abc.ABC):
    @DCA
    @abc.abstractmethod
    def thing(self): ...
print(Abstract.__abstractmethods__, type(Abstract.thing).__name__)
try:
    Abstract()
except TypeError as e:
    print("TypeError:", e)
class NoGetattr:
    x = DCA(lambda self: 1)
try:
    NoGetattr.x
except AttributeError as e:
    print("AttributeError:", repr(e))
print(sorted(vars(DCA())))
