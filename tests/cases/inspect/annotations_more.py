import inspect, functools, types
class A:
    a: int
    b: 'str' = 'x'
class B(A):
    c: 'A'
class C(A): pass
for obj in (A, B, C, functools.partial(print), types.SimpleNamespace(), print, type, int, object):
    try: print(inspect.get_annotations(obj))
    except Exception as e: print(type(e).__name__, e)
print(inspect.get_annotations(B, eval_str=True))
def w(f):
    @functools.wraps(f)
    def inner(*a): return f(*a)
    return inner
@w
def wrapped(p: 'int') -> 'A': pass
print(inspect.get_annotations(wrapped, eval_str=True))
m = types.ModuleType('m')
print(inspect.get_annotations(m))
m.__annotations__ = {'x': 'int'}
print(inspect.get_annotations(m, eval_str=True))
class Bad:
    __annotations__ = 5
try: inspect.get_annotations(Bad)
except Exception as e: print(type(e).__name__, e)
def gen[T](x: 'T') -> 'list[T]': pass
r = inspect.get_annotations(gen, eval_str=True)
print(r['x'].__name__, r['return'])
class D:
    def method(self, other: 'D') -> 'D': pass
print(inspect.signature(D.method, eval_str=True))
try: print(inspect.get_annotations(A, eval_str=True, format=2))
except Exception as e: print(type(e).__name__, e)


# Formats other than VALUE and FORWARDREF: the private one and unknown ones.
def formats_probe(a: int) -> str:
    pass


for fmt in (2, 0, 5, "x"):
    try:
        inspect.get_annotations(formats_probe, format=fmt)
    except ValueError as e:
        print("ValueError:", e)
