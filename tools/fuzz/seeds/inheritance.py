class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B" + super().who()


class C(A):
    def who(self):
        return "C" + super().who()


class D(B, C):
    def who(self):
        return "D" + super().who()


print(D().who(), [k.__name__ for k in D.__mro__])


class MyList(list):
    def append(self, v):
        super().append(v * 10)


m = MyList([1])
m.append(2)
print(m, len(m), type(m).__name__, isinstance(m, list))


class MyDict(dict):
    def __missing__(self, key):
        return key.upper()


print(MyDict(a=1)["a"], MyDict()["zz"])


class Num(int):
    def __add__(self, o):
        return Num(int(self) - o)


print(Num(5) + 3, Num(5) * 2, repr(Num(7)))
