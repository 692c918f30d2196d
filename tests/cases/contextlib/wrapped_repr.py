# the functions @contextmanager and the decorators return carry the
# wrapped function's metadata
from contextlib import contextmanager, asynccontextmanager, ContextDecorator, nullcontext

class Pool:
    @contextmanager
    def lease(self, n: int = 1) -> "Lease":
        """Lease n items."""
        yield self, n

    @asynccontextmanager
    async def alease(self):
        yield self

p = Pool()
print(Pool.lease, Pool.alease)
print(Pool.lease.__qualname__, Pool.lease.__name__, Pool.lease.__doc__)
print(Pool.lease.__annotations__, Pool.lease.__wrapped__.__qualname__)
print(Pool.lease.__dict__.keys(), Pool.lease.__module__ == __name__)
with p.lease(3) as (pool, n):
    print(pool is p, n)
print(type(p.lease()).__qualname__, p.lease().__doc__)

def f():
    "f's doc"
wrapped = ContextDecorator()(f)
print(wrapped, wrapped.__wrapped__ is f, wrapped.__doc__)
class N(nullcontext, ContextDecorator):
    pass
g = N(5)(f)
print(g.__name__, g() is None)
