import functools
from functools import partial, lru_cache, reduce, cmp_to_key, cached_property, total_ordering, singledispatch
cases = [
    lambda: partial(), lambda: partial(1), lambda: partial(len, functools.Placeholder),
    lambda: partial(len, x=functools.Placeholder), lambda: partial.__new__(partial),
    lambda: partial(len).__setstate__(None), lambda: partial(len).__setstate__((len, [], None, None)),
    lambda: partial(len).__setstate__((1, (), None, None)), lambda: partial(len).__setstate__((len, (), [], None)),
    lambda: partial(len).__setstate__((len, (), None, [])), lambda: partial(len, 1, 2)(),
    lambda: partial(functools.Placeholder), lambda: lru_cache(maxsize='1'), lambda: lru_cache(1, 2, 3),
    lambda: lru_cache()(5), lambda: lru_cache(None)(lambda: 0)(1), lambda: reduce(), lambda: reduce(len),
    lambda: reduce(len, []), lambda: reduce(len, 5), lambda: cmp_to_key(), lambda: cmp_to_key(len)(),
    lambda: cmp_to_key(len)(1, 2), lambda: cmp_to_key(len)(1) < 5, lambda: hash(cmp_to_key(len)(1)),
    lambda: total_ordering(type('E', (), {})), lambda: singledispatch(len)(), lambda: singledispatch(len).register(5),
    lambda: functools.wraps(len)(5), lambda: functools.update_wrapper(5, len),
    lambda: functools.partialmethod(5), lambda: functools.singledispatchmethod(5), lambda: cached_property(5),
    lambda: functools._lru_cache_wrapper(len, 1.5, False, tuple), lambda: functools.cache(5),
    lambda: functools.cache(len, len),
]
for i, f in enumerate(cases):
    try: print(i, f())
    except Exception as e: print(i, type(e).__name__, str(e).split(' at 0x')[0])
