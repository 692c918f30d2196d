import functools
from functools import total_ordering, cached_property, wraps, update_wrapper
@total_ordering
class LeGt:
    def __init__(self, v): self.v = v
    def __le__(self, o): return self.v <= o.v
    def __gt__(self, o): return self.v > o.v
    def __eq__(self, o): return self.v == o.v
print(LeGt.__lt__.__qualname__, LeGt.__ge__.__qualname__, LeGt(1) < LeGt(2), LeGt(2) >= LeGt(2))
@total_ordering
class Child(LeGt): pass
print(Child.__lt__.__qualname__)
@total_ordering
class Truthy:
    def __lt__(self, o): return 'yes'
    def __eq__(self, o): return 'eq'
print(Truthy() <= Truthy(), Truthy() > Truthy(), Truthy() >= Truthy())
class Meta(type):
    @cached_property
    def info(cls): return cls.__name__ + '!'
class WithMeta(metaclass=Meta): pass
try: print(WithMeta.info)
except TypeError as e: print(e)
class Slotted:
    __slots__ = ('__dict__',)
    @cached_property
    def v(self): return 'slot dict'
s = Slotted(); print(s.v, s.__dict__)
cp = cached_property(lambda self: 1)
print(cp.__doc__, cp.__module__, cp.attrname, cached_property.__doc__, cached_property.__set_name__.__name__)
class Same:
    a = cp
class Again:
    b = cp if False else cached_property(len)
print(Same.a.attrname)
cp.__set_name__(Same, 'a'); print('same name ok')
try: cp.__set_name__(Same, 'z')
except TypeError as e: print(e)
def src(a, b=1): "src doc"; return a
src.__type_params__ = ()
class Obj: pass
o = Obj()
update_wrapper(o, src)
print(o.__name__, o.__qualname__, o.__doc__, o.__module__, o.__wrapped__ is src, o.__annotate__)
def nodoc(): pass
@wraps(nodoc, assigned=())
def w(): 'w doc'
print(w.__name__, w.__doc__, w.__wrapped__ is nodoc)
print(wraps(len).func is update_wrapper, wraps(len).args, sorted(wraps(len).keywords))
print(functools.WRAPPER_ASSIGNMENTS is update_wrapper.__defaults__[0], wraps.__defaults__ == update_wrapper.__defaults__)
class Dst: pass
try: update_wrapper(Dst(), src, updated=('__dict__', 'missing'))
except AttributeError as e: print(e)
