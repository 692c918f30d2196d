from functools import partial
p = partial(print)
p.__setstate__((print, (p,), {'k': p}, None))
print(repr(p).replace('<built-in function print>', 'print'))
class S(partial):
    pass
s = S(len, [1, 2])
print(repr(s).split('(')[0], s())
class Named(partial):
    pass
Named.__module__ = 'elsewhere'
Named.__qualname__ = 'Outer.Named'
print(repr(Named(max, 1)).replace('<built-in function max>', 'max'))
class BadRepr:
    def __repr__(self): raise ValueError('bad repr')
try: repr(partial(print, BadRepr()))
except ValueError as e: print(e)
