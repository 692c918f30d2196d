x = "global"
class C:
    x = "class"
    y = x + "!"
    def method(self):
        return x
    items = [x for _ in range(2)]
    lam = lambda self: x
print(C.y, C().method(), C.items, C().lam())
class Counter:
    n = 0
    def inc(self):
        Counter.n += 1
        type(self).n += 0
        return self.n
c = Counter()
print(c.inc(), c.inc(), Counter.n)
class WithPrivate:
    __secret = 1
    def get(self):
        return self.__secret
    def __mangled(self):
        return "mangled"
    def call(self):
        return self.__mangled()
w = WithPrivate()
print(w.get(), w.call(), w._WithPrivate__secret, "_WithPrivate__mangled" in WithPrivate.__dict__)
try:
    w.__secret
except AttributeError as e:
    print(e)
class Nested:
    class Inner:
        value = 5
    ref = Inner.value * 2
print(Nested.ref, Nested.Inner.value)
