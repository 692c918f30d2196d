class Verbose:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        print("get", type(obj).__name__, objtype.__name__)
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        print("set", value)
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete")
        delattr(obj, self.name)
class C:
    x = Verbose()
    y = Verbose()
c = C()
print(c.x)
c.x = 10
print(c.x)
del c.x
print(c.x)
print(type(C.x).__name__)
print(c.__dict__)
c.__dict__["x"] = "in dict"
print(c.x)
