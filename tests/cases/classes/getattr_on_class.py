class Meta(type):
    def __getattr__(cls, name):
        return f"Meta.__getattr__({cls.__name__}, {name})"
class C(metaclass=Meta):
    real = 1
print(C.real, C.virtual)
print(getattr(C, "dyn"), hasattr(C, "anything"))
class D:
    def __getattr__(self, name):
        return name.upper()
print(D().abc)
try:
    D.abc
except AttributeError as e:
    print(e)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        print("forward get", name)
        return getattr(self._target, name)
    def __setattr__(self, name, v):
        print("forward set", name)
        setattr(self._target, name, v)
class T: pass
t = T()
p = Proxy(t)
p.x = 5
print(p.x, t.x)
try:
    p.missing
except AttributeError as e:
    print(e)
print(getattr(p, "__class__").__name__)
