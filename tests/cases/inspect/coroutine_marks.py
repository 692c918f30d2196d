import functools
import inspect
import types

def sync(): pass
print(inspect.iscoroutinefunction(sync))
inspect.markcoroutinefunction(sync)
print(inspect.iscoroutinefunction(sync), inspect.iscoroutinefunction(functools.partial(sync)))
class K:
    @inspect.markcoroutinefunction
    def meth(self): pass
    def other(self): pass
print(inspect.iscoroutinefunction(K.meth), inspect.iscoroutinefunction(K().meth), inspect.iscoroutinefunction(K().other))
async def real(): pass
print(inspect.iscoroutinefunction(functools.partial(real, 1)), inspect.iscoroutinefunction(real))
@types.coroutine
def old_style():
    yield
c = old_style()
print(inspect.isawaitable(c), inspect.iscoroutine(c), inspect.isgenerator(c))
class Aw:
    def __await__(self): yield
print(inspect.isawaitable(Aw()), inspect.isawaitable(1), inspect.isawaitable(Aw))
print(inspect.CO_GENERATOR, inspect.CO_COROUTINE, inspect.CO_ASYNC_GENERATOR, inspect.CO_ITERABLE_COROUTINE)
print(inspect.CO_OPTIMIZED, inspect.CO_NEWLOCALS, inspect.CO_VARARGS, inspect.CO_VARKEYWORDS, inspect.CO_NESTED,
      inspect.CO_NOFREE, inspect.CO_HAS_DOCSTRING, inspect.CO_METHOD, inspect.TPFLAGS_IS_ABSTRACT)
def flags(a, *b, **c): pass
print(flags.__code__.co_flags & inspect.CO_VARARGS, flags.__code__.co_flags & inspect.CO_VARKEYWORDS)
