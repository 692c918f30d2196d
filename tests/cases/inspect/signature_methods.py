import inspect

class A:
    def m(self, q, r=1): pass
    @classmethod
    def c(cls, z): pass
    @staticmethod
    def s(w, *, v=0): pass
    def __call__(self, a, *, b): pass
    def only_star(*args): pass

a = A()
for f in (A.m, a.m, A.c, a.c, A.s, a.s, a, a.__call__, A.only_star, a.only_star):
    print(inspect.signature(f))
def nothing(): pass
class B:
    bad = nothing
    def kwfirst(*, x): pass
for f in (B().bad, B().kwfirst):
    try:
        inspect.signature(f)
    except ValueError as e:
        print('ValueError', e)
print(inspect.signature(a.m, follow_wrapped=False))
