import operator
from operator import itemgetter, attrgetter, methodcaller
g = itemgetter(1); g2 = itemgetter(1, 'a'); 
print(g, g2, g([5,6]), itemgetter(0, 1)('ab'), g.__reduce__(), g2.__reduce__())
a = attrgetter('real'); a2 = attrgetter('a.b', 'c')
print(a, a2, a(3), a.__reduce__(), a2.__reduce__())
m = methodcaller('split', ',', maxsplit=1)
print(m, m('a,b,c'), m.__reduce__())
print(methodcaller('upper'), methodcaller('f', 1, 2).__reduce__())
for bad in [lambda: itemgetter(), lambda: attrgetter(), lambda: attrgetter(1), lambda: methodcaller(), lambda: methodcaller(1),
            lambda: itemgetter(1)(), lambda: itemgetter(1)([1], 2), lambda: attrgetter('x')(1), lambda: itemgetter(5)([]),
            lambda: itemgetter(1, x=2), lambda: attrgetter('a', x=1), lambda: itemgetter(1)(x=1), lambda: attrgetter('a.')(1), lambda: attrgetter('.a')(1)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(itemgetter.__doc__); print(attrgetter.__doc__); print(methodcaller.__doc__)
print(itemgetter.__text_signature__, attrgetter.__text_signature__)
class X: pass
x = X(); x.a = X(); x.a.b = 1; x.c = 2
print(a2(x), attrgetter('a.b')(x))
try: hash(g); print(g == itemgetter(1))
except TypeError as e: print(e)
print(type(g).__name__, type(g).__module__, type(g).__qualname__)
print(itemgetter(slice(1, None))([1,2,3]))
print(repr(itemgetter('x', 2.5, None)), repr(attrgetter('a.b.c')))
print(repr(methodcaller('m', 'x', k=[1])))
