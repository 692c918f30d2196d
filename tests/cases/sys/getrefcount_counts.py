# sys.getrefcount as CPython 3.14 counts: fresh objects, locals (loaded without a reference), list items, globals, immortals
import sys
def f():
    x = object()
    print(sys.getrefcount(x))
    l = [x]
    print(sys.getrefcount(x))
    print(sys.getrefcount(l[0]))
    y = [1, 2]
    print(sys.getrefcount(y))
    d = {'k': y}
    print(sys.getrefcount(y), sys.getrefcount(d['k']))
    print(sys.getrefcount(object()))
    print(sys.getrefcount([]))
    s = 'abc' * 5
    print(sys.getrefcount(s))
    t = (x, x)
    print(sys.getrefcount(x))
f()
g = object()
print(sys.getrefcount(g))
class C: pass
c = C()
print(sys.getrefcount(c))
def h(a):
    return sys.getrefcount(a)
print(h(object()), h(c))

print(sys.getrefcount(None), sys.getrefcount(1), sys.getrefcount(True), sys.getrefcount(()), sys.getrefcount('a'), sys.getrefcount(''), sys.getrefcount(int))
print(sys.getrefcount('hello world'), sys.getrefcount('abc'), sys.getrefcount(b''), sys.getrefcount(...), sys.getrefcount(NotImplemented))
print(sys.getrefcount(len), sys.getrefcount(1.5), sys.getrefcount(frozenset()))

class C2: pass
def f():
    o = C2()
    o.a = C2()
    print(sys.getrefcount(o.a), sys.getrefcount(o))
    items = [C2() for _ in range(3)]
    print([sys.getrefcount(x) for x in items])
    for x in items:
        print(sys.getrefcount(x), end=' ')
    print()
    rc = sys.getrefcount
    print(rc(o), rc(items[0]))
    t = (o, o)
    del t
    print(sys.getrefcount(o))
    def inner():
        return sys.getrefcount(o)
    print(inner())
    g = (sys.getrefcount(y) for y in items)
    print(list(g))
    print(sys.getrefcount(o) + 0, [sys.getrefcount(o)][0])
    s = {1: o}
    print(sys.getrefcount(s[1]))
f()
