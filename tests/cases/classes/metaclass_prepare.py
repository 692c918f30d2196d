class Ordered(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            self.order.append(k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return Ordered()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls
    def __init__(cls, *a, **kw):
        pass
class C(metaclass=Meta, flag=True):
    b = 1
    a = 2
    def z(self): pass
    c = 3
print(C.order)
class Bad(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
try:
    class D(metaclass=Bad):
        pass
except TypeError as e:
    print(e)
class Counting(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {"injected": 99}
class E(metaclass=Counting):
    x = injected + 1
print(E.x, E.injected)
