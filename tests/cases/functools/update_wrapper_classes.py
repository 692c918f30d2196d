import functools
class Wrapper:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
    def __call__(self, *a): return self.fn(*a)
@Wrapper
def add(a, b):
    """Adds."""
    return a + b
print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__.__name__, type(add).__name__)
def stack(fn):
    @functools.wraps(fn)
    def w(*a): return fn(*a)
    return w
@stack
@stack
def base(): 'base doc'; return 'base'
print(base(), base.__name__, base.__wrapped__.__wrapped__.__name__, base.__doc__)
p = functools.partial(max, 1)
@functools.wraps(p)
def around(*a): return p(*a)
print(around.__name__ if hasattr(around, '__name__') else None, around.__wrapped__ is p, around(5))
print(hasattr(around, '__doc__'), around.__doc__ == p.__doc__)
