class A: pass
class B(A): pass
class C: pass
class D(B, C): pass
d = D()
print(isinstance(d, A), isinstance(d, C), isinstance(d, (int, C)), isinstance(d, (int, str)))
print(issubclass(D, A), issubclass(D, (C,)), issubclass(A, D), issubclass(D, D), issubclass(D, object))
print(isinstance(A, type), isinstance(A, object), issubclass(type, object), isinstance(type, type))
print(isinstance(True, int), issubclass(bool, int), isinstance(1, bool))
print(isinstance(d, ((A,), (int,))), issubclass(B, ((C, (A,)),)))
try:
    isinstance(d, 1)
except TypeError as e:
    print(e)
try:
    issubclass(d, A)
except TypeError as e:
    print(e)
try:
    issubclass(D, "x")
except TypeError as e:
    print(e)
print(isinstance(d, ()), issubclass(D, ()))
print(type(d) is D, type(d) == D, D.__subclasses__() == [], [c.__name__ for c in A.__subclasses__()])
class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", type(inst).__name__)
        return True
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return False
class Any(metaclass=Meta): pass
print(isinstance(5, Any), issubclass(A, Any), isinstance(Any(), Any))
