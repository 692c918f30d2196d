class Meta(type):
    meta_attr = "from meta"
    def meta_method(cls):
        return f"meta_method on {cls.__name__}"
    @property
    def prop(cls):
        return f"meta property of {cls.__name__}"
    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"
    def __len__(cls):
        return 7
    def __getitem__(cls, k):
        return f"{cls.__name__}[{k}]"
    def __iter__(cls):
        return iter("ab")
class C(metaclass=Meta):
    cls_attr = "from class"
print(C.meta_attr, C.cls_attr, C.meta_method(), C.prop)
print(C, repr(C), len(C), C[3], list(C))
try:
    C().meta_attr
except AttributeError as e:
    print(e)
class D(C):
    meta_attr = "shadowed in class"
print(D.meta_attr, type(D).__name__, D)
print(hasattr(C(), "meta_method"), hasattr(C, "meta_method"))
class Singleton(type):
    _instances = {}
    def __call__(cls, *args):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, v):
        print("Config init", v)
        self.v = v
a = Config(1)
b = Config(2)
print(a is b, a.v)
