# __slots__ members read and written through the same code sites many times:
# empty slots, deletion, subclasses, several classes at one site, class
# changes between runs, __class__ assignment and shadowing descriptors.
class P:
    __slots__ = ('x', 'y')

class Q(P):
    __slots__ = ('z',)

class R:
    __slots__ = ('y', 'x')

class WithDict:
    __slots__ = ('x', '__dict__')

def touch(o, n):
    out = []
    for i in range(n):
        o.x = i
        o.y = o.x * 2
        out.append(o.y)
    return out[-3:]

for cls in (P, Q, R, WithDict):
    o = cls()
    print(cls.__name__, touch(o, 50))

def read_x(o):
    try:
        return o.x
    except AttributeError as e:
        return 'AttributeError: %s' % e

objs = [P(), Q(), R(), WithDict()]
for o in objs:
    print(type(o).__name__, read_x(o))
    o.x = 'set'
    print(type(o).__name__, read_x(o))
    del o.x
    print(type(o).__name__, read_x(o))
    try:
        del o.x
    except AttributeError as e:
        print('del again:', e)

# one site, many classes (more than the cache keeps)
class A1:
    __slots__ = ('x',)
class A2:
    __slots__ = ('x',)
class A3:
    __slots__ = ('x',)
class A4:
    __slots__ = ('x',)
class A5:
    __slots__ = ('x',)
class A6:
    x = 'class attr'
def set_all(objs, v):
    for o in objs:
        try:
            o.x = v
        except AttributeError as e:
            print('set:', type(o).__name__, e)
many = [c() for c in (A1, A2, A3, A4, A5, A6, P)] * 3
for rnd in range(3):
    set_all(many, rnd)
    print([read_x(o) for o in many[:7]])

# a class change after the site has run: a property replaces the member
def loop_read(o, n):
    return [o.x for _ in range(n)][-1]
p = P()
p.x = 5
print(loop_read(p, 20))
saved = P.x
P.x = property(lambda self: 'prop')
print(loop_read(p, 20))
P.x = saved
print(loop_read(p, 20))

# __class__ assignment between classes of the same layout
class S1:
    __slots__ = ('a', 'b')
class S2:
    __slots__ = ('a', 'b')
s = S1()
def store_a(o, v):
    o.a = v
for i in range(10):
    store_a(s, i)
s.__class__ = S2
store_a(s, 'after')
print(type(s).__name__, s.a)

# the member of a base class applied to a subclass instance, and a
# subclass that shadows it with a plain class attribute
class Base:
    __slots__ = ('v',)
class Sub(Base):
    v = 'shadow'
b, sb = Base(), Sub()
def set_v(o, x):
    try:
        o.v = x
        return o.v
    except AttributeError as e:
        return 'AttributeError: %s' % e
print([set_v(b, i) for i in range(3)], [set_v(sb, i) for i in range(3)])
print(Base.v.__get__(sb), end=' ')
try:
    Base.v.__set__(1, 2)
except TypeError as e:
    print(e)

# a read-only member (a struct sequence field) through the same sites
import os
st = os.stat('.')
def mode_of(o):
    return o.st_mode == st.st_mode
print(all(mode_of(st) for _ in range(20)))
try:
    for _ in range(3):
        st.st_mode = 1
except AttributeError as e:
    print(type(e).__name__, e)

# values released when overwritten: finalizers run in order
class Noisy:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
h = P()
for i in range(3):
    h.x = Noisy(i)
h.x = None
print('done')
