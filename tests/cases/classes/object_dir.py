class A:
    a = 1
    def am(self): pass
class B(A):
    b = 2
    def __init__(self):
        self.inst = 3
names = dir(B())
print([n for n in names if not n.startswith("__")])
print("__init__" in names, "__class__" in names, "__dict__" in names, names == sorted(names))
print([n for n in dir(B) if not n.startswith("__")])
class Custom:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(Custom()))
print([n for n in dir(object()) if n in ("__repr__", "__eq__", "__hash__")])
print(len(dir(object())) == len(set(dir(object()))))
print(sorted(set(dir(object)) - set(dir(object()))))
