# __slots__ checks in CPython's order: strings, identifiers, __dict__ and
# __weakref__ once each where the base lacks them, class-variable clashes
# (after name mangling), variable-size bases.
def attempt(make):
    try:
        cls = make()
    except Exception as e:
        print(type(e).__name__ + ':', e)
        return
    own = sorted(k for k in cls.__dict__
                 if k not in ('__module__', '__doc__', '__firstlineno__', '__static_attributes__', '__qualname__'))
    print('ok', own, cls.__slots__)

def k1():
    class K: __slots__ = ('__dict__', '__dict__')
    return K
def k2():
    class K: __slots__ = ('__weakref__', '__weakref__')
    return K
def k3():
    class K: __slots__ = ('a', 'a')
    return K
def k4():
    class K: __slots__ = ('a', 1)
    return K
def k5():
    class K: __slots__ = (1, 'a b')
    return K
def k6():
    class K: __slots__ = ('a b', 1)
    return K
def k7():
    class K: __slots__ = ('1a',)
    return K
def k8():
    class K: __slots__ = ('',)
    return K
def k9():
    class K: __slots__ = 'abc'
    return K
def k10():
    class K: __slots__ = 'a b'
    return K
def k11():
    class K: __slots__ = ['x', 'y']
    return K
def k12():
    class K: __slots__ = {'x': 'doc', 'y': 2}
    return K
def k13():
    class K: __slots__ = 5
    return K
def k14():
    class K: __slots__ = iter(['p'])
    return K
def k15():
    class K:
        __slots__ = ('a',)
        a = 1
    return K
def k16():
    class K: __slots__ = ('__qualname__',)
    return K
def k17():
    class K: __slots__ = ('__module__',)
    return K
def k18():
    class K: __slots__ = ('__x',)
    return K
def k19():
    class K:
        __slots__ = ('__x',)
        _K__x = 2
    return K
def k20():
    class K: __slots__ = ('__x__',)
    return K
def k21():
    class K: __slots__ = ('_K__x', '__x')
    return K
def k22():
    class K: __slots__ = ('__dict__', 'a', 1)
    return K
def k23():
    class K: __slots__ = ('a', '__dict__', 'a b')
    return K
def k24():
    class K:
        __slots__ = ('b', 'a')
        a = 1
    return K
def k25():
    class K:
        __slots__ = ('b', 'a')
        b = 1
        a = 1
    return K
def k26():
    class K: __slots__ = ('é', 'z', 'B', '_')
    return K
def k27():
    class K: __slots__ = ('a\x00',)
    return K
def k28():
    class K:
        __slots__ = ['__dict__']
        __dict__ = 1
    return K
def k29():
    class _K: __slots__ = ('__x', '__', '___', '__y_', '_z')
    return _K
def k30():
    class ___: __slots__ = ('__x',)
    return ___
def k31():
    class K:
        __slots__ = ('__classcell__',)
    return K
for make in (k1, k2, k3, k4, k5, k6, k7, k8, k9, k10, k11, k12, k13, k14, k15, k16, k17,
             k18, k19, k20, k21, k22, k23, k24, k25, k26, k27, k28, k29, k30, k31):
    attempt(make)

class I(int): pass
class D: pass
class S: __slots__ = ('__dict__',)
class W: __slots__ = ('__weakref__',)
class Str(str): pass
for base in (int, I, bytes, tuple, type, str, Str, float, list, dict, set, frozenset, Exception,
             ValueError, classmethod, staticmethod, property, D, S, W):
    for slots in ((), ('a',), ('__dict__',), ('__weakref__',), (1,), ('a', '__dict__', '__weakref__')):
        def make():
            class K(base):
                __slots__ = slots
            return K
        print(base.__name__, slots, end=': ')
        attempt(make)
    class Plain(base): pass
    print(base.__name__, 'plain subclass adds', '__dict__' in Plain.__dict__, '__weakref__' in Plain.__dict__)
