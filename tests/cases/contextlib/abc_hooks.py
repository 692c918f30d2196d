# the abstract classes: subclass hooks, registration, generic aliases
from contextlib import AbstractContextManager, AbstractAsyncContextManager
import contextlib

class Full:
    def __enter__(self): return self
    def __exit__(self, *a): pass

class OnlyEnter:
    def __enter__(self): return self

class OptedOut(Full):
    __exit__ = None

class Async:
    async def __aenter__(self): return self
    async def __aexit__(self, *a): pass

for C in (Full, OnlyEnter, OptedOut, Async, object, int):
    print(C.__name__, issubclass(C, AbstractContextManager),
          issubclass(C, AbstractAsyncContextManager))

print(isinstance(open(__file__), AbstractContextManager))

class Sub(AbstractContextManager):
    def __exit__(self, *a):
        return super().__exit__(*a)

s = Sub()
with s as got:
    print(got is s)
print(s.__exit__(None, None, None))
print(issubclass(Full, Sub))

class Missing(AbstractContextManager):
    pass
try:
    Missing()
except TypeError as e:
    print(e)

class AMissing(AbstractAsyncContextManager):
    pass
try:
    AMissing()
except TypeError as e:
    print(e)

print(AbstractContextManager[int], AbstractAsyncContextManager[str, int])
print(AbstractContextManager.__slots__, AbstractContextManager.__doc__)
print(AbstractContextManager.__enter__.__doc__)
print(AbstractContextManager.__exit__.__doc__)
print(AbstractAsyncContextManager.__aenter__.__doc__)
print(sorted(AbstractContextManager.__abstractmethods__),
      sorted(AbstractAsyncContextManager.__abstractmethods__))
for name in contextlib.__all__:
    obj = getattr(contextlib, name)
    if isinstance(obj, type):
        print(name, [b.__name__ for b in obj.__mro__])
