import inspect, functools
def gen(): yield
async def co(): pass
class K:
    def m(self): yield
    pm = functools.partialmethod(m)
    @functools.cached_property
    def cp(self): return 1
for obj in (staticmethod(gen), classmethod(gen), functools.partial(functools.partial(gen)), K.pm, K().pm,
            functools.partialmethod(gen), functools.lru_cache(gen), K.__dict__['cp'], functools.wraps(gen)(lambda: 0)):
    print(inspect.isgeneratorfunction(obj), inspect.iscoroutinefunction(obj), inspect.isroutine(obj),
          inspect.isfunction(obj), inspect.ismethoddescriptor(obj), inspect.isdatadescriptor(obj))
print(inspect.iscoroutinefunction(functools.partial(co)), inspect.iscoroutinefunction(staticmethod(co)))
print(inspect.iscoroutinefunction(functools.partialmethod(co)))
m = inspect.markcoroutinefunction(lambda: 0)
print(inspect.iscoroutinefunction(m), inspect.iscoroutinefunction(functools.partial(m)))
class J:
    def m(self): pass
bm = J().m
inspect.markcoroutinefunction(bm)
print(inspect.iscoroutinefunction(bm), inspect.iscoroutinefunction(J.m))
