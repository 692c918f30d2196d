def f(a, b=2, *args, c, d=4, **kw):
    """Docstring here."""
    x = a + b
    return x
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames, f.__code__.co_name)
f.custom = "attr"
print(f.custom, f.__dict__, f.__module__)
def g(x: int, y: "str" = "s") -> list:
    return []
print(g.__annotations__)
class C:
    def method(self): pass
    class Inner:
        def deep(self): pass
print(C.method.__qualname__, C.Inner.deep.__qualname__, C().method.__func__ is C.method)
lam = lambda: 0
print(lam.__name__, lam.__qualname__)
f.__defaults__ = (100,)
print(f(1, c=0), f.__defaults__)
