import functools
def deco(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner
@deco
def target(x: int, y: 'str' = 'a') -> bool:
    """Target doc."""
    return True
print(target.__name__, target.__qualname__, target.__doc__, target.__module__, target.__wrapped__.__name__)
print(target.__annotations__, target.__type_params__, target(1))
def src(): pass
src.custom = 1
src.__dict__['other'] = [2]
def dst(): pass
functools.update_wrapper(dst, src)
print(dst.custom, dst.other is src.other, dst.__wrapped__ is src)
class Thing:
    pass
t = Thing()
functools.update_wrapper(t, src, assigned=('__name__', '__missing__'), updated=())
print(t.__name__, hasattr(t, '__missing__'), t.__wrapped__ is src, hasattr(t, 'custom'))
def w2(): pass
functools.update_wrapper(w2, len)
print(w2.__name__, w2.__qualname__, w2.__doc__ == len.__doc__, w2.__module__)
def layered(): pass
layered.__wrapped__ = 'old'
def outer(): pass
functools.update_wrapper(outer, layered)
print(outer.__wrapped__ is layered)
try: functools.update_wrapper(dst, src, updated=('nope',))
except AttributeError as e: print(e)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
p = functools.wraps(src)
print(type(p).__name__, p.keywords['wrapped'] is src)
