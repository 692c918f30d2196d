# del in a class body whose namespace comes from __prepare__ (not a dict)
class Recorder:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        print("get", k)
        return self.d[k]
    def __setitem__(self, k, v):
        print("set", k)
        self.d[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.d[k]

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recorder()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, ns.d)

class C(metaclass=Meta):
    x = 1
    del x
    y = 2
    try:
        del z
    except NameError as e:
        print("NameError", e)

print(C.y, hasattr(C, "x"), hasattr(C, "z"))
