from operator import itemgetter, attrgetter, methodcaller
class Rec:
    def __repr__(self): return 'Rec()'
print(repr(itemgetter(Rec())), repr(itemgetter(1, (2, 3), 'x')), repr(attrgetter('a', 'b.c.d')))
print(repr(methodcaller('m')), repr(methodcaller('m', Rec(), k=Rec())), repr(methodcaller('m', *range(3), a=1, b='2')))

print(itemgetter(0).__reduce__(), attrgetter('x.y').__reduce__(), methodcaller('f', 1).__reduce__())
r = methodcaller('split', ',', maxsplit=1).__reduce__()
print(repr(r[0]).split(' at ')[0] if False else type(r[0]).__name__, r[0].args, r[0].keywords, r[1])
print(r[0](*r[1])('a,b,c'))
for t in (itemgetter, attrgetter, methodcaller):
    try:
        class S(t): pass
    except TypeError as e: print(e)
l = [1]
ig = itemgetter(0)
l.append(ig)
print(repr(itemgetter(l)))
print(type(itemgetter(1)).__name__, itemgetter.__module__, itemgetter(1) == itemgetter(1))
