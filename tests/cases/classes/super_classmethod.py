class A:
    @classmethod
    def make(cls, x):
        return f"A.make({cls.__name__}, {x})"
    @staticmethod
    def st():
        return "A.st"
    @property
    def p(self):
        return "A.p"
class B(A):
    @classmethod
    def make(cls, x):
        return "B+" + super().make(x + 1)
    @staticmethod
    def st():
        return "B+" + super(B, B).st()
    @property
    def p(self):
        return "B+" + super().p
class C(B):
    pass
print(B.make(1))
print(C.make(2))
print(C().make(3))
print(B.st())
print(C().p)
print(super(B, C).make(10))
class M(type):
    def __call__(cls, *a):
        print("M.__call__", cls.__name__, a)
        return super().__call__(*a)
class W(metaclass=M):
    def __init__(self, v):
        self.v = v
print(W(7).v)
