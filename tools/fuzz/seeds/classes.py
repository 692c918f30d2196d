class Base:
    count = 0

    def __init__(self, x):
        self.x = x
        Base.count += 1

    def describe(self):
        return f"{type(self).__name__}({self.x!r})"

    def __repr__(self):
        return self.describe()


class Child(Base):
    def __init__(self, x, y=2):
        super().__init__(x)
        self.y = y

    def describe(self):
        return super().describe() + f"+{self.y}"

    @property
    def total(self):
        return self.x + self.y

    @total.setter
    def total(self, v):
        self.y = v - self.x

    @staticmethod
    def make():
        return Child(1)

    @classmethod
    def named(cls, x):
        return cls(x, x)


c = Child(3)
c.total = 10
print(c, c.total, Child.make(), Child.named(4), Base.count)
print(isinstance(c, Base), issubclass(Child, Base), Child.__mro__)
print(getattr(c, "missing", None), hasattr(c, "x"))
