class Base:
    subclasses = []
    def __init_subclass__(cls, **kwargs):
        print("Base.__init_subclass__", cls.__name__, kwargs)
        super().__init_subclass__()
        Base.subclasses.append(cls.__name__)
class Mid(Base):
    def __init_subclass__(cls, level=0, **kwargs):
        print("Mid.__init_subclass__", cls.__name__, level)
        cls.level = level
        super().__init_subclass__(**kwargs)
class Leaf(Mid, level=3, extra="x"):
    pass
class Leaf2(Mid):
    pass
print(Base.subclasses, Leaf.level, Leaf2.level)
try:
    class Bad(Base, nope=1):
        def __init_subclass__(cls): pass
except TypeError as e:
    print("unexpected", e)
class Strict:
    def __init_subclass__(cls):
        pass
try:
    class S(Strict, k=1): pass
except TypeError as e:
    print(e)
T = type("T", (Mid,), {}, level=9)
print(T.level)
class NoInit: pass
try:
    class X(NoInit, flag=True): pass
except TypeError as e:
    print(e)
