# Odd things a metaclass's mro() can do while the class is being made.
class A:
    def hello(self): return 'A.hello'

class MakesSub(type):
    def mro(cls):
        if cls.__name__ == 'Outer':
            class Inner(cls):
                pass
            print('inner made:', Inner.__mro__)
        return type.mro(cls)
try:
    class Outer(A, metaclass=MakesSub):
        pass
    print(Outer.__mro__)
except TypeError as e:
    print('TypeError:', e)

class Incomplete(type):
    def mro(cls):
        if cls.__name__ == 'Outer2':
            for bases in ((cls, bool), (bool, cls), (cls, 5)):
                try:
                    type('Inner', bases, {})
                except TypeError as e:
                    print('TypeError:', e)
        return type.mro(cls)
class Outer2(metaclass=Incomplete):
    pass

class SuperInside(type):
    def mro(cls):
        try:
            print(super(cls, cls).__class__)
            print(super(cls, cls).hello)
        except Exception as e:
            print(type(e).__name__ + ':', e)
        return type.mro(cls)
class S(A, metaclass=SuperInside):
    pass
print(S().hello())

kept = []
class Keeps(type):
    def mro(cls):
        kept.append(cls)
        raise RuntimeError('no MRO today')
try:
    class Lost(A, metaclass=Keeps):
        pass
except RuntimeError as e:
    print('RuntimeError:', e)
lost = kept[0]
print(lost.__name__, lost.__mro__, lost.__bases__)
for action in (lambda: lost(), lambda: lost.hello, lambda: issubclass(lost, A), lambda: repr(lost)):
    try:
        print(action())
    except Exception as e:
        print(type(e).__name__ + ':', e)

class Alone(type):
    def mro(cls):
        return (cls,)
class Lonely(metaclass=Alone):
    def __repr__(self):
        return 'Lonely()'
print(Lonely.__mro__)
try:
    Lonely()
except TypeError as e:
    print('TypeError:', e)
print(Lonely.__name__, issubclass(Lonely, object), isinstance(Lonely, Alone))

class Slots:
    __slots__ = ('a',)
class Borrow(type):
    def mro(cls):
        return [cls, Slots, object]
try:
    class Bad(metaclass=Borrow):
        pass
except TypeError as e:
    print('TypeError:', e)
class Good(Slots, metaclass=Borrow):
    pass
g = Good()
g.a = 5
print(g.a, Good.__mro__)
