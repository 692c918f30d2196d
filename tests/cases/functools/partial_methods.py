from functools import partial, partialmethod
class C:
    def meth(self, *args, **kw): return self.name, args, kw
    name = 'c'
    p = partial(meth, 'early')
    pm = partialmethod(meth, 1, k=2)
    spm = partialmethod(staticmethod(lambda *a: a), 'static')
    cpm = partialmethod(classmethod(lambda cls, *a: (cls.__name__, a)), 'cls')
c = C()
print(c.pm(3), c.pm(k=5))
print(c.spm(1), C.spm(2))
print(c.cpm(1), C.cpm(2))
try: print(C.p('x', 1))
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
try: print(c.p(1))
except AttributeError as e: print(e)
try: partialmethod(1)
except TypeError as e: print(e)
pm = partialmethod(C.meth, 1)
print(repr(pm).split(' at ')[0])
print(pm.func is C.meth, pm.args, pm.keywords)
nested = partialmethod(partialmethod(C.meth, 1), 2)
print(nested.args, nested.func is C.meth)
print(C.__dict__['pm'].__isabstractmethod__)
