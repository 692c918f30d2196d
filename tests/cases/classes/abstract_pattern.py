class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
class Blob(Shape):
    pass
for sh in [Square(2), Circle(1)]:
    print(sh.describe())
try:
    Blob().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
class Registry:
    _subs = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        required = [m for m in ("run", "name") if not hasattr(cls, m)]
        if required:
            raise TypeError(f"{cls.__name__} missing {required}")
        Registry._subs[cls.name] = cls
class Good(Registry):
    name = "good"
    def run(self): return "ran"
try:
    class Bad(Registry):
        name = "bad"
except TypeError as e:
    print(e)
print(sorted(Registry._subs), Registry._subs["good"]().run())
class Template:
    def run(self):
        return [self.step1(), self.step2()]
    def step1(self): return "default1"
    def step2(self): return "default2"
class Custom(Template):
    def step2(self): return "custom2"
print(Custom().run())
Blob().area()
