import functools
import inspect

def deco(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper

@deco
def g(p, q=1): pass
print(inspect.signature(g), inspect.signature(g, follow_wrapped=False))
print(inspect.unwrap(g) is g.__wrapped__, inspect.unwrap(g, stop=lambda f: True) is g)

@deco
@deco
def twice(x, *, y): pass
print(inspect.signature(twice), inspect.unwrap(twice).__name__)

def own(a): pass
own.__signature__ = inspect.Signature([inspect.Parameter('zz', 1)])
print(inspect.signature(own))
own.__signature__ = None
print(inspect.signature(own))
own.__signature__ = 'nope'
try:
    inspect.signature(own)
except TypeError as e:
    print('TypeError', e)

def loop(): pass
loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as e:
    print('ValueError', str(e).split(' at ')[0])

class Sig:
    __signature__ = inspect.Signature([inspect.Parameter('cls_sig', 1)])
    def __init__(self, other): pass
print(inspect.signature(Sig))
for bad in (1, 'x', None):
    try:
        inspect.signature(bad)
    except TypeError as e:
        print('TypeError', e)
print(inspect.signature(classmethod), inspect.signature(staticmethod))
