# __annotations__ and __annotate__ of modules: reading, setting, deleting (PEP 649)
import sys
def keys(m): return [k for k in m.__dict__ if 'annot' in k]
m = type(sys)('m')
m.__annotate__ = lambda f: {'a': f}
print(keys(m))
m.__annotations__ = {'b': 2}
print(keys(m), m.__annotations__)
m.__annotate__ = lambda f: {'c': f}
print(keys(m), m.__annotations__)
m.__annotate__ = None
print(keys(m), m.__annotations__)
del m.__annotations__
print(keys(m))
m.__annotate__ = lambda f: 5
try: print(m.__annotations__)
except Exception as e: print(type(e).__name__, e)
m2 = type(sys)('m2')
print(m2.__annotate__, keys(m2))
m2.__dict__['__annotations__'] = 7
print(m2.__annotations__)
class S(type(sys)): pass
s = S('s')
print(s.__annotations__, keys(s), s.__annotate__)
try: sys.__annotate__ = 3
except Exception as e: print(type(e).__name__, e)
