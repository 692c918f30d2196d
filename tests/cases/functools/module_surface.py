import functools
print(functools.__all__)
print(functools.partial.__module__, functools.reduce.__module__, functools.cmp_to_key.__module__,
      functools.lru_cache.__module__, functools.wraps.__module__, functools.Placeholder.__class__.__module__)
print(type(functools.reduce).__name__, type(functools.partial).__name__, type(functools.cached_property).__name__)
print(functools.update_wrapper.__defaults__[0] is functools.WRAPPER_ASSIGNMENTS)
print(functools.cache.__doc__)
print(functools.reduce.__doc__.splitlines()[0])
print(functools.partial.__doc__)
print([n for n in functools.__all__ if not hasattr(functools, n)])
import _functools
print(sorted(n for n in dir(_functools) if not n.startswith('__')))
W = functools._lru_cache_wrapper
for a in [(), (1, 2, 3, 4), (len, 'x', False, tuple), (len, 1, False)]:
    try: print(W(*a))
    except TypeError as e: print(e)
w = W(len, 2, False, lambda *a: a)
print(w('ab'), w.cache_info(), W.__doc__)
print(W.cache_info.__text_signature__, W.cache_info.__doc__, W.cache_clear.__doc__)
w2 = functools.lru_cache(len)
print(w2.__reduce__(), w2.__copy__() is w2, w2.__deepcopy__(None) is w2)
try: w.__reduce__()
except AttributeError as e: print(e)
