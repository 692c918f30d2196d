class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("x"):
            return name * 2
        raise AttributeError(f"no {name}")
l = Lazy()
print(l.real)
print(l.xy)
try:
    l.other
except AttributeError as e:
    print(e)
print(getattr(l, "missing", "default"))
print(hasattr(l, "xz"), hasattr(l, "q"))
class Tracing:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        print("__getattribute__", name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
t = Tracing()
print(t.a)
print(t.b)
class Broken:
    def __getattribute__(self, name):
        raise KeyError(name)
    def __getattr__(self, name):
        return "never"
try:
    Broken().x
except KeyError as e:
    print("KeyError", e)
