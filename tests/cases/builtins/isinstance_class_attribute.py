# isinstance() also believes an object's __class__ attribute when its type is not the class (proxies).
class Real:
    pass


class Proxy:
    def __init__(self, target):
        self._target = target

    @property
    def __class__(self):
        return type(self._target)


class Liar:
    __class__ = 42


class Raises:
    @property
    def __class__(self):
        raise AttributeError('no class')


class Boom:
    @property
    def __class__(self):
        raise ValueError('boom')


p = Proxy(Real())
print(isinstance(p, Real), isinstance(p, Proxy), isinstance(p, (int, Real)), type(p).__name__)
print(isinstance(Liar(), int), isinstance(Liar(), Liar), isinstance(Raises(), Real))
try:
    isinstance(Boom(), Real)
except ValueError as exc:
    print('ValueError', exc)
print(isinstance(Boom(), Boom), isinstance(3, str), isinstance(True, int))
print(issubclass(Proxy, Real), p.__class__ is Real)
