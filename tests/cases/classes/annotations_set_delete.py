# __annotations__ and __annotate__ of classes: reading, setting, deleting (PEP 649)
class C:
    x: int
print(sorted(k for k in C.__dict__ if 'annot' in k))
print(C.__annotations__)
print(sorted(k for k in C.__dict__ if 'annot' in k))
C.__annotations__ = {'y': str}
print(sorted(k for k in C.__dict__ if 'annot' in k), C.__dict__.get('__annotations__'), C.__dict__.get('__annotations_cache__'))
print(C.__annotations__, C.__annotate__)
del C.__annotations__
print(sorted(k for k in C.__dict__ if 'annot' in k))
try: print(C.__annotations__)
except Exception as e: print(type(e).__name__, e)
print(C.__annotate__)
try:
    del C.__annotations__
except Exception as e: print(type(e).__name__, e)
class D: pass
print(D.__annotations__, sorted(k for k in D.__dict__ if 'annot' in k))
print(D.__annotate__)
D.__annotate__ = lambda f: {'z': f}
print(D.__annotations__, sorted(k for k in D.__dict__ if 'annot' in k))
class E:
    y: int
E.__annotate__ = None
print(sorted(k for k in E.__dict__ if 'annot' in k))
print(E.__annotations__)
try: E.__annotate__ = 5
except Exception as e: print(type(e).__name__, e)
try: E.__annotations__ = 5
except Exception as e: print(type(e).__name__, e)
print(E.__annotations__)
class F:
    z: int
F.__annotations__ = {'q': 1}
print(F.__annotate__)
class G(F): pass
print(G.__annotations__, G.__annotate__)
try: int.__annotations__ = {}
except Exception as e: print(type(e).__name__, e)
try: print(int.__annotations__)
except Exception as e: print(type(e).__name__, e)
try: print(int.__annotate__)
except Exception as e: print(type(e).__name__, e)
class H:
    __annotations__ = {'a': 1}
print(H.__annotations__, sorted(k for k in H.__dict__ if 'annot' in k), H.__annotate__)
import sys
m = type(sys)('m')
print(m.__annotations__, m.__dict__.keys())
m.__annotations__ = {'b': 2}
print(m.__annotations__, m.__dict__.keys(), m.__annotate__)
del m.__annotations__
print(m.__dict__.keys())
try: del m.__annotations__
except Exception as e: print(type(e).__name__, e)
m.__annotate__ = lambda f: {'c': 3}
print(m.__annotations__, m.__dict__.keys())
try: m.__annotate__ = 1
except Exception as e: print(type(e).__name__, e)
try: del m.__annotate__
except Exception as e: print(type(e).__name__, e)
def fn(a: int): pass
fn.__annotations__ = {'r': 1}
print(fn.__annotations__, fn.__annotate__)
del fn.__annotations__
print(fn.__annotations__, fn.__annotate__)
class H:
    __annotations__ = {'a': 1}
H.__annotations__ = {'b': 2}
print(H.__annotations__, sorted(k for k in H.__dict__ if 'annot' in k))
del H.__annotations__
print(H.__annotations__, sorted(k for k in H.__dict__ if 'annot' in k))
class C:
    x: int
print(C.__annotate__.__qualname__, sorted(k for k in C.__dict__ if 'annot' in k))
try: del C.__annotate__
except Exception as e: print(type(e).__name__, e)
try: int.__annotate__ = None
except Exception as e: print(type(e).__name__, e)
C.__annotate__ = lambda f: 5
try: print(C.__annotations__)
except Exception as e: print(type(e).__name__, e)
C.__annotate__ = lambda f: {'k': f}
print(C.__annotations__)
C.__annotate__ = None
print(C.__annotations__)
class K:
    __annotate__ = staticmethod(lambda f: {'s': f})
print(K.__annotate__.__qualname__, K.__annotations__, sorted(k for k in K.__dict__ if 'annot' in k))
class L:
    x: int
    def __annotate__(format): return {'own': format}
print(L.__annotations__, sorted(k for k in L.__dict__ if 'annot' in k))
try:
    del C.__annotations__
    del C.__annotations__
except Exception as e: print(type(e).__name__, e)
class M:
    x: int
M.__annotate__ = lambda f: {'m': f}
print(sorted(k for k in M.__dict__ if 'annot' in k), M.__annotations__)
def keys2(c): return sorted(k for k in c.__dict__ if 'annot' in k)
class L:
    x: int
    def __annotate__(format): return {'own': format}
L.__annotations__ = {'set': 1}
print(keys2(L), L.__annotations__)
class L2:
    x: int
    def __annotate__(format): return {'own': format}
L2.__annotate__ = lambda f: {'new': f}
print(keys2(L2), L2.__annotations__)
class N:
    x: int
N.__annotations__
print(keys2(N))
del N.__annotations__
print(keys2(N), N.__annotations__, keys2(N))
class P:
    x: int
try: del P.__annotations__
except AttributeError as e: print(repr(e))
print(keys2(P))
class Q:
    __annotations__ = {'q': 1}
    x: int
print(keys2(Q), Q.__annotations__)
class R:
    x: int
R.__annotations_cache__ = {'r': 1}
print(R.__annotations__)
