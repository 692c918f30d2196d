# Which __bases__ and __class__ assignments CPython accepts between classes
# with __slots__, __dict__ and __weakref__ in various combinations.
class S1: __slots__ = ('a', 'b')
class S2: __slots__ = ('b', 'a')
class S3: __slots__ = ('a', 'b', '__dict__')
class S4: __slots__ = ('a', 'b', '__weakref__')
class S5: __slots__ = ('__dict__',)
class S6: __slots__ = ('__weakref__',)
class S7: __slots__ = ('__dict__', '__weakref__')
class N: pass
class N2: pass
class E: __slots__ = ()
class E2: __slots__ = ()
class I(int): pass
class I2(int): __slots__ = ()
class L(list): pass
class L2(list): __slots__ = ('x',)
classes = [S1, S2, S3, S4, S5, S6, S7, N, N2, E, E2, I, I2, L, L2]

def outcome(action):
    try:
        action()
        return 'ok'
    except TypeError as e:
        text = str(e)
        return 'D' if 'deallocator' in text else 'L' if 'layout' in text else text

for a in classes:
    row = []
    for b in classes:
        class Sub(a): pass
        class Sub2(a): __slots__ = ()
        def set_bases(cls=Sub): cls.__bases__ = (b,)
        def set_bases2(cls=Sub2): cls.__bases__ = (b,)
        def set_class_sub():
            class X(a): pass
            class Y(b): pass
            X().__class__ = Y
        def set_class():
            x = a.__new__(a)
            x.__class__ = b
        row.append('/'.join(outcome(f) for f in (set_bases, set_bases2, set_class_sub, set_class)))
    print(a.__name__.ljust(3), ' '.join(row))

class Sl:
    __slots__ = ('p', 'q')
class Sl2:
    __slots__ = ('q', 'p')
o = Sl()
o.p, o.q = 'P', 'Q'
o.__class__ = Sl2
print(o.p, o.q, type(o).__name__)
try:
    o.__class__ = N
except TypeError as e:
    print(e)
try:
    o.__class__ = int
except TypeError as e:
    print(e)
