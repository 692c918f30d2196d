class A:
    def hello(self): return ["A"]
class B(A):
    def hello(self): return ["B"] + super(B, self).hello()
class C(A):
    def hello(self): return ["C"] + super(C, self).hello()
class D(B, C):
    def hello(self): return ["D"] + super(D, self).hello()
d = D()
print(d.hello(), super(D, d).hello(), super(B, d).hello(), super(C, d).hello())
print(super(D, D).hello(d))
sup = super(D, d)
print(sup.hello.__self__ is d, type(sup).__name__)
class E(D):
    def hello(self):
        return ["E"] + super().hello()
    @classmethod
    def names(cls):
        return [k.__name__ for k in cls.__mro__]
print(E().hello(), E.names())
print(super(E, E).hello(E()))
