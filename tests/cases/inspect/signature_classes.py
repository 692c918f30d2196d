import inspect

class Init:
    def __init__(self, x, y=2): pass
class New:
    def __new__(cls, n, m=3): return object.__new__(cls)
class Both(New):
    def __init__(self, z): pass
class Inherits(Init): pass
class Empty: pass
class Meta(type):
    def __call__(cls, k, *rest): pass
class WithMeta(metaclass=Meta): pass
class CallInst:
    def __call__(self, p, /, q): pass

for c in (Init, New, Both, Inherits, Empty, WithMeta, CallInst, CallInst()):
    print(getattr(c, '__name__', 'instance'), inspect.signature(c))
for c in (int, dict, type, range):
    try:
        print(inspect.signature(c))
    except ValueError as e:
        print('ValueError', e)
class MyZip(zip): pass
print(inspect.signature(zip), inspect.signature(MyZip))
