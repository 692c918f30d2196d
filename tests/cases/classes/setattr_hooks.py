class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
o = Logged()
o.x = 1
o.y = [1]
print(o.__dict__)
del o.x
print(o.__dict__)
try:
    del o.nope
except AttributeError as e:
    print(e)
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: frozen")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}: frozen")
f = Frozen(3)
print(f.v)
try:
    f.v = 4
except AttributeError as e:
    print(e)
try:
    del f.v
except AttributeError as e:
    print(e)
setattr(o, "z", 5)
delattr(o, "z")
try:
    object.__setattr__(1, "x", 2)
except AttributeError as e:
    print(e)
try:
    setattr(o, 5, 1)
except TypeError as e:
    print(e)
