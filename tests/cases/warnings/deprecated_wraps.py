# @deprecated keeps the wrapped function's names, annotations and type parameters
import warnings
@warnings.deprecated("x")
def f[T](a: int, b: T) -> str:
    "doc"
    return str(a)
print(f.__annotations__, f.__type_params__, f.__doc__, f.__name__, f.__qualname__, f.__module__, f.__wrapped__.__name__)
print(f.__dict__.keys())
class K:
    @warnings.deprecated("m")
    def meth(self, x): return x * 2
print(K().meth(3), K.meth.__qualname__)
@warnings.deprecated("async")
async def co(): return 5
c = co()
try: c.send(None)
except StopIteration as e: print("co", e.value)
