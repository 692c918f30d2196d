# Descriptors taken out of a class keep it alive; type's descriptors refuse
# objects that are not types.
class S:
    __slots__ = ('a',)
class N:
    pass
member = S.__dict__['a']
dict_attr = N.__dict__['__dict__']
weak_attr = N.__dict__['__weakref__']
del S, N
junk = [[i] for i in range(100000)]
for i in range(20):
    junk = [[i] for i in range(10000)]
print(member, dict_attr, weak_attr)
print(member.__objclass__ if hasattr(member, '__objclass__') else '-')

for name in ('__name__', '__bases__', '__mro__', '__qualname__', '__doc__', '__module__'):
    d = type.__dict__[name]
    for action in (lambda: d.__set__(1, 'x'), lambda: d.__delete__(1), lambda: d.__get__(1)):
        try:
            action()
        except Exception as e:
            print(type(e).__name__ + ':', e)
class K: pass
for action in (lambda: setattr(K, '__base__', object), lambda: delattr(K, '__base__'),
               lambda: delattr(K, '__mro__'), lambda: delattr(K, '__name__')):
    try:
        action()
    except Exception as e:
        print(type(e).__name__ + ':', e)
