import inspect

class A:
    @property
    def p(self): pass
    @classmethod
    def c(cls): pass
    @staticmethod
    def s(): pass
    def m(self): pass
    d = 1
class B(A):
    def m(self): pass
    e = 2
for cls in (A, B):
    for a in inspect.classify_class_attrs(cls):
        if not a.name.startswith('__'):
            print(cls.__name__, a.name, a.kind, a.defining_class.__name__, type(a.object).__name__)
kinds = {a.name: (a.kind, a.defining_class.__name__) for a in inspect.classify_class_attrs(B)}
print(kinds['__init__'], kinds['__repr__'], kinds['__dict__'][0], kinds['__new__'])
a = inspect.classify_class_attrs(A)[0]
print(type(a).__name__, a._fields)
print(inspect.getmro(B) == B.__mro__)
tree = inspect.getclasstree([A, B])
print(tree)
class C(A): pass
print(inspect.getclasstree([B, C, A], unique=True))
