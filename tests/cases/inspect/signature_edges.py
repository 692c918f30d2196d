import inspect, functools, abc, enum, collections, dataclasses
def show(x):
    try: print(inspect.signature(x))
    except Exception as e: print(type(e).__name__, str(e).split(' at 0x')[0])
class Meta(type): pass
show(Meta); show(object); show(type); show(abc.ABCMeta)
class E(enum.Enum):
    A = 1
show(collections.OrderedDict); show(collections.namedtuple('P', 'x y'))
show(functools.lru_cache(lambda a, b=2: 0))
@functools.lru_cache
def cached(q, *, r): pass
show(cached); show(functools.wraps)
show(functools.partial); show(property); show(classmethod(len))
class CM:
    @classmethod
    def build(cls, *args): pass
    @functools.cached_property
    def cp(self): return 1
show(CM.build); show(CM().build)
class WithNewInit:
    def __new__(cls, *a, **k): return super().__new__(cls)
    def __init__(self, a, b): pass
show(WithNewInit)
class OnlyInitSub(dict):
    def __init__(self, special): pass
show(OnlyInitSub)
class SubInt(int): pass
show(SubInt)
class Callable:
    __call__ = len
show(Callable())
class Nested:
    class Inner:
        def __init__(self, z): pass
show(Nested.Inner)
async def co(a, *, b=2): pass
show(co)
show(lambda *, k=[1, 2]: 0)
show(print); show(max)
def ann(a: 'x' = 'y', *b: int, **c: 'z') -> None: pass
show(ann)
def dflt(a=float('inf'), b=-1, c=(1, 2), d={'k': 1}, e=print): pass
show(dflt)
print(inspect.signature(ann).return_annotation, inspect.signature(show).return_annotation)
print(repr(inspect.signature(dflt).parameters['a'].default))
show(type.__call__); show(type('X', (), {}).__call__ if hasattr(type('X', (), {}), '__call__') else 1)
show(dict.__dict__["fromkeys"])
show(iter); show(next); show(getattr); show(vars); show(dir); show(super); show(slice); show(bytearray)
show(staticmethod(len))
show(int.__new__); show(object.__new__); show(object.__init_subclass__); show(object.__reduce_ex__); show(object.__format__)
