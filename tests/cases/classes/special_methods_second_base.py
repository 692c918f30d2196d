# Special methods come from the first class along the MRO that defines them,
# even when that is not the first base.
class A: pass
class B:
    def __add__(self, o): return 'B+'
    def __len__(self): return 3
    def __hash__(self): return 5
    def __eq__(self, o): return True
    def __repr__(self): return 'B-repr'
    def __new__(cls, *args):
        print('B.__new__', cls.__name__)
        return super().__new__(cls)
class C(A, B): pass
print(C() + 1, len(C()), hash(C()), repr(C()))
class D(list, B): pass
print(D() + [1], len(D()), repr(D([1])))
class E(B, list): pass
print(E() + [1], len(E()), repr(E()))

# a metaclass's instances keep their attributes in the class dict
class M(type): pass
class K(metaclass=M):
    x = 1
print(type(K.__dict__).__name__, 'x' in K.__dict__)
K.y = 2
print(K.y, vars(K)['y'], '__dict__' in M.__dict__, '__weakref__' in M.__dict__)
