class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args, kwargs)
        return super().__call__(*args, **kwargs)
    def describe(cls):
        return f"class {cls.__name__} tag={cls.tag}"
class A(metaclass=Meta, tag="alpha"):
    def __init__(self, v=0):
        self.v = v
    def m(self): pass
class B(A):
    pass
print(type(A).__name__, type(B).__name__)
print(A.describe(), B.describe())
a = A(5)
print(a.v)
b = B(v=6)
print(b.v)
print(isinstance(A, Meta), isinstance(A, type))
try:
    a.describe()
except AttributeError as e:
    print(e)
