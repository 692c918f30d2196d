from functools import partial
class K:
    method = partial(lambda self, x: (type(self).__name__, x), x=5)
    plain = partial(lambda *a: a, 'p')
k = K()
print(k.method(), K.method(k), k.plain(1), K.plain(1))
print(type(k.plain).__name__, k.plain.__self__ is k, k.plain.__func__ is K.__dict__['plain'])
print(partial.__get__(K.__dict__['plain'], None, K) is K.__dict__['plain'])
sm = staticmethod(partial(len))
class L:
    size = sm
print(L.size([1, 2]), L().size('abc'))
