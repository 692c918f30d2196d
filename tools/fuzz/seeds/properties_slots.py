class Temp:
    __slots__ = ("_c",)

    def __init__(self, c=0.0):
        self._c = c

    @property
    def f(self):
        return self._c * 9 / 5 + 32

    @f.setter
    def f(self, v):
        self._c = (v - 32) * 5 / 9

    @f.deleter
    def f(self):
        self._c = 0.0


t = Temp(100)
print(t.f)
t.f = 32
print(t._c)
del t.f
print(t._c)
try:
    t.other = 1
except AttributeError as e:
    print(e)


class Lazy:
    def __getattr__(self, name):
        return name * 2

    def __setattr__(self, name, value):
        super().__setattr__(name, value + 1)


z = Lazy()
z.q = 1
print(z.q, z.missing, vars(z))
