# an __annotate__ function takes its qualname from the function it is set on
def outer():
    def g(x: int): pass
    return g
g = outer()
print(g.__annotate__.__qualname__, g.__annotate__.__name__)
def h(x: int): pass
h.__qualname__ = 'renamed'
print(h.__annotate__.__qualname__)
def k(x: int): pass
a = k.__annotate__
k.__qualname__ = 'later'
print(a.__qualname__, k.__annotate__.__qualname__)
import types
k2 = types.FunctionType(k.__code__, globals())
print(k2.__annotate__)
class D:
    def m(self, z: int): pass
    class E:
        def n(self, w: str): pass
print(D.m.__annotate__.__qualname__, D.E.n.__annotate__.__qualname__, D.E.n.__annotate__.__code__.co_qualname)
async def co(x: int): pass
print(co.__annotate__.__qualname__)
def deco(fn): return fn
@deco
def dd(x: int): pass
print(dd.__annotate__.__qualname__)
