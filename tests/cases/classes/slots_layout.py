# __slots__ members: created in name order (after mangling), on str and
# float subclasses too, with __dict__ and __weakref__ where asked for.
class S:
    __slots__ = ('b', 'a', '__c', 'x', '__d__')
    def c(self):
        return self.__c
print(list(S.__dict__))
s = S()
s.a, s.b, s._S__c, s.x, s.__d__ = 1, 2, 3, 4, 5
print(s.a, s.b, s.c(), s.x, s.__d__)
print(S.a, S._S__c)

class Name(str):
    __slots__ = ('tag', 'count')
n = Name('hello')
n.tag = 'greeting'
n.count = 2
print(n, n.upper(), n.tag, n.count, len(n), n + '!')
try:
    n.other = 1
except AttributeError as e:
    print('AttributeError:', e)
long_names = [Name('x' * i) for i in range(40)]
for i, item in enumerate(long_names):
    item.tag = i
print(sum(item.tag for item in long_names), long_names[39][:5])
try:
    print(n.__dict__)
except AttributeError as e:
    print('AttributeError:', e)

class NameWithDict(str):
    __slots__ = ('tag', '__dict__')
m = NameWithDict('abc')
m.tag, m.extra = 1, 2
print(m, m.tag, m.extra, m.__dict__)

class Num(float):
    __slots__ = ('unit',)
v = Num(2.5)
v.unit = 'm'
print(v * 2, v.unit)

class Weak:
    __slots__ = ('__weakref__', 'a')
print('__weakref__' in Weak.__dict__, Weak().__weakref__)

class Dup:
    __slots__ = ('a', 'a')
d = Dup()
d.a = 1
print(d.a, list(Dup.__dict__))

class Empty(int):
    __slots__ = ()
print(Empty(5) + 1, hasattr(Empty(5), '__dict__'))

print('end')
