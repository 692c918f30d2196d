class M(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = mcls.__name__
        ns["upper_names"] = sorted(k.upper() for k in ns if not k.startswith("__"))
        return super().__new__(mcls, name, bases, ns)
class A(metaclass=M):
    x = 1
    def y(self): pass
print(A.created_by, A.upper_names)
class N(type):
    def __call__(cls, *a, **k):
        return "not an instance"
class B(metaclass=N):
    def __init__(self):
        print("never")
print(B())
class Reg(type):
    registry = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Reg.registry.append(name)
class R1(metaclass=Reg): pass
class R2(R1): pass
class R3(R2): pass
print(Reg.registry)
class NewSkipsInit:
    def __new__(cls, flag):
        print("__new__", flag)
        if flag:
            return object.__new__(cls)
        return 42
    def __init__(self, flag):
        print("__init__", flag)
print(type(NewSkipsInit(True)).__name__, NewSkipsInit(False))
class Other:
    def __init__(self): print("Other init (not called)")
class MakesOther:
    def __new__(cls):
        return Other.__new__(Other)
    def __init__(self):
        print("MakesOther init (not called)")
print(type(MakesOther()).__name__)
