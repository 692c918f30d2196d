class C:
    @property
    def ro(self):
        return 1
    wo = property(None, lambda self, v: None)
    anon = property(lambda self: 2)
c = C()
try:
    c.ro = 5
except AttributeError as e:
    print(e)
try:
    del c.ro
except AttributeError as e:
    print(e)
try:
    c.wo
except AttributeError as e:
    print(e)
try:
    c.anon = 1
except AttributeError as e:
    print(e)
class D:
    def get(self):
        raise KeyError("inner")
    x = property(get)
try:
    D().x
except KeyError as e:
    print("KeyError", e)
class E:
    @property
    def missing(self):
        return self.nope
try:
    E().missing
except AttributeError as e:
    print(e)
c.ro = 7
