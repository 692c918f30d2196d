# super() calls cached per instruction: the method found after the class in
# type(self)'s MRO, for several types of self, and what invalidates it.


class Base:
    def value(self, x):
        return x + 1

    @classmethod
    def make(cls):
        return cls.__name__

    @property
    def prop(self):
        return "base prop"

    tag = "base tag"


class Left(Base):
    def value(self, x):
        return super().value(x) * 2

    @classmethod
    def make(cls):
        return "Left+" + super().make()

    @property
    def prop(self):
        return "left " + super().prop

    def get_tag(self):
        return super().tag


class Right(Base):
    def value(self, x):
        return super().value(x) + 3


class Bottom(Left, Right):
    def value(self, x):
        return super().value(x) - 1


objs = [Base(), Left(), Right(), Bottom()]
for rep in range(3):
    print([o.value(10) for o in objs])
print(Left.make(), Bottom.make(), Left().make())
print(Left().prop, Bottom().prop, Left().get_tag())

Base.value = lambda self, x: x * 100       # a base's method replaced
print([o.value(10) for o in objs])
Right.value = lambda self, x: -x           # the method super() finds for Bottom changes
print([o.value(10) for o in objs])
del Right.value
print([o.value(10) for o in objs])
Base.tag = "new tag"
print(Left().get_tag())


class Explicit(Left):
    def value(self, x):
        return super(Left, self).value(x)   # two-argument form, skipping Left


print(Explicit().value(1))


class NotFunc(Base):
    value = staticmethod(lambda x: "static " + str(x))


class AfterNotFunc(NotFunc):
    def value(self, x):
        return super().value(x)


print(AfterNotFunc().value(5))

# a class whose instances change type between two calls at one super() site
class A:
    def f(self):
        return "A.f"


class B(A):
    def f(self):
        return "B>" + super().f()


class C(A):
    def f(self):
        return "C.f"


class D(B, C):
    pass


b = B()
print(b.f())
b.__class__ = D
print(b.f())
