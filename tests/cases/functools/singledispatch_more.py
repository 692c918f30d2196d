from functools import singledispatch, singledispatchmethod
import abc
@singledispatch
def show(x): return f'object {x!r}'
@show.register(int)
def _(x): return f'int {x}'
@show.register
def _(x: list): return f'list of {len(x)}'
@show.register(float | complex)
def _(x): return f'number {x}'
class MyInt(int): pass
class MyList(list): pass
print(show(1), show(MyInt(2)), show([1]), show(MyList()), show(1.5), show(1j), show('s'), show(None))
print(show.dispatch(MyInt).__name__, show.dispatch(str) is show.registry[object], len(show.registry))
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
class Sq(Shape):
    def area(self): return 4
class Circle: pass
Shape.register(Circle)
@show.register
def _(x: Shape): return 'a shape'
print(show(Sq()), show(Circle()))
class A: pass
class B(A): pass
class C(B): pass
@singledispatch
def walk(x): return 'base'
walk.register(A, lambda x: 'A')
print(walk(C()), walk(B()), walk(1))
walk.register(B, lambda x: 'B')
print(walk(C()), walk(A()))
print(walk.registry.keys() >= {object, A, B})
try: walk.registry[int] = 1
except TypeError as e: print(type(e).__name__)
class Calc:
    @singledispatchmethod
    def add(self, x): return 'generic'
    @add.register
    def _(self, x: int): return x + 1
    @add.register(str)
    def _(self, x): return x + '!'
    @singledispatchmethod
    @classmethod
    def kind(cls, x): return 'cls generic'
    @kind.register
    @classmethod
    def _(cls, x: int): return cls.__name__ + ' int'
c = Calc()
print(c.add(1), c.add('a'), c.add(2.0), Calc.kind(1), Calc.kind('x'), c.kind(3))
try: show()
except TypeError as e: print(e)
try: c.add()
except TypeError as e: print(e)
print(repr(Calc.__dict__['add']).split(' at ')[0])
