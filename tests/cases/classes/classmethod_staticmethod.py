class C:
    count = 0
    @classmethod
    def inc(cls, by=1):
        cls.count += by
        return cls.count
    @staticmethod
    def add(a, b):
        return a + b
    def plain(self):
        return "plain"
class D(C):
    count = 100
print(C.inc(), C.inc(2), D.inc(), C().inc(), D().inc(5))
print(C.count, D.count)
print(C.add(1, 2), C().add(3, 4))
print(type(C.__dict__["inc"]).__name__, type(C.__dict__["add"]).__name__)
print(C.__dict__["add"].__func__ is C.add)
print(C.inc.__self__ is C, D.inc.__self__ is D, C().inc.__self__ is C)
print(C.inc.__func__ is C.__dict__["inc"].__func__)
sm = staticmethod(len)
print(sm("abc"))
cm = classmethod(lambda cls: cls.__name__)
class E:
    name = cm
print(E.name(), E().name())
print(C.add.__name__, C.__dict__["add"].__name__, C.__dict__["inc"].__wrapped__.__name__)
print(C.plain(C()))
try:
    C.plain()
except TypeError as e:
    print(e)
print(repr(C.__dict__["add"])[:32])
