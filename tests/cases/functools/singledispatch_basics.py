import functools
@functools.singledispatch
def f(x): return 'default'
@f.register
def _(x: int): return 'int'
@f.register(list)
def _(x): return 'list'
@f.register(str | bytes)
def _(x): return 'strbytes'
print(f(1), f(True), f([]), f('a'), f(b''), f(1.0))
print(f.dispatch(bool), sorted(k.__name__ for k in f.registry))
try:
    @f.register
    def _(x): pass
except TypeError as e: print(e)
try:
    @f.register
    def _(x: 'undefined'): pass
except Exception as e: print(type(e).__name__, e)
try: f.register(1)
except TypeError as e: print(e)
try: f()
except TypeError as e: print(e)
print(f, f.__wrapped__, f.__name__)
class A:
    @functools.singledispatchmethod
    def m(self, x): return 'default'
    @m.register
    def _(self, x: int): return 'int'
print(A().m(1), A().m('x'), A.m)
def _g(): pass
def ts(x, y): pass
try: f.register(list[int], ts)
except TypeError as e: print(e)
