import inspect
import functools

def f(aaaa, bbbb=2, *args, cccc, dddd=4, **eeee) -> list: pass
def g(a, b, /, c): pass
class K:
    def m(self, x=1): pass
for fn in (f, g, K.m, K().m, lambda: 0, len, functools.partial(f, 1)):
    print(inspect.getfullargspec(fn))
try:
    inspect.getfullargspec(1)
except TypeError as e:
    print('TypeError', e, type(e.__cause__).__name__)
spec = inspect.getfullargspec(f)
print(spec.args, spec.varargs, spec.varkw, spec.defaults, spec.kwonlyargs, spec.kwonlydefaults, spec.annotations)
print(inspect.getargs(f.__code__), inspect.getargs(g.__code__))
def h(p, q=2, *r, **s):
    return inspect.getargvalues(inspect.currentframe())
info = h(1, 5, 6, z=7)
print(info.args, info.varargs, info.keywords, {k: info.locals[k] for k in ('p', 'q', 'r', 's')})
print(inspect.formatargvalues(*info))
print(inspect.formatargvalues(['a'], None, None, {'a': 'x'}))
