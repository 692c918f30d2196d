class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(("get", name))
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        delattr(self._target, name)
class T:
    pass
t = T()
p = Proxy(t)
p.color = "red"
print(p.color, t.color)
del p.color
print(hasattr(t, "color"), p.log)
class Strict:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"no access to {name}")
        return object.__getattribute__(self, name)
s = Strict()
s.secret_key = 1
s.public = 2
print(s.public)
try:
    s.secret_key
except AttributeError as e:
    print(e)
