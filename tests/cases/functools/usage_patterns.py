import functools, abc
class Base(abc.ABC):
    @functools.singledispatchmethod
    @abc.abstractmethod
    def handle(self, x): ...
    @functools.cached_property
    @abc.abstractmethod
    def prop(self): ...
print(sorted(Base.__abstractmethods__), Base.__dict__['handle'].__isabstractmethod__)
try: Base()
except TypeError as e: print(e)
class Impl(Base):
    @functools.singledispatchmethod
    def handle(self, x): return 'impl ' + type(x).__name__
    @handle.register
    def _(self, x: int): return 'impl int'
    prop = 5
print(Impl().handle(1), Impl().handle('s'))
def deco(f):
    @functools.wraps(f)
    def inner(*a, **k): return ('wrapped', f(*a, **k))
    return inner
class K:
    @classmethod
    @deco
    def cm(cls): return cls.__name__
    @staticmethod
    @deco
    def sm(): return 'sm'
    @property
    @deco
    def p(self): return 'p'
print(K.cm(), K.sm(), K().p, K.cm.__name__, K.__dict__['cm'].__wrapped__.__name__)
@functools.lru_cache
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print([fib(i) for i in range(15)], fib.cache_info())
print(functools.reduce(lambda a, b: a | b, [{1}, {2}, {3}]))
p = functools.partial(int, base=16)
print(p('ff'), functools.update_wrapper(lambda s: p(s), int).__name__)
@functools.total_ordering
class Version:
    def __init__(self, s): self.t = tuple(map(int, s.split('.')))
    def __eq__(self, o): return self.t == o.t
    def __lt__(self, o): return self.t < o.t
    def __repr__(self): return '.'.join(map(str, self.t))
print(sorted(map(Version, ['1.10', '1.2', '1.9.1'])), max(map(Version, ['2.0', '10.1'])), Version('1.0') >= Version('1.0'))
