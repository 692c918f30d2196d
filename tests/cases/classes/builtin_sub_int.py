class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
    def double(self):
        return MyInt(self * 2)
a = MyInt(5)
print(a, repr(a), str(a), a.double(), a + 1, type(a + 1).__name__, type(-a).__name__)
print(a == 5, hash(a) == hash(5), isinstance(a, int), a.bit_length(), a.real, type(a.real).__name__)
print(int(a), type(int(a)).__name__, f"{a}", "%d" % a)
class Plain(int): pass
p = Plain(7)
print(p, repr(p), type(p).__name__, p * 2, type(p * 2).__name__, [1, 2, 3][Plain(1)])
p.attr = "x"
print(p.attr, p.__dict__)
class WithNew(int):
    def __new__(cls, v, extra):
        obj = super().__new__(cls, v * 10)
        obj.extra = extra
        return obj
w = WithNew(3, "e")
print(w, w.extra)
class Bool2(int):
    def __bool__(self): return True
print(bool(Bool2(0)), bool(Plain(0)))
print(MyInt("ff", 16), MyInt(3.9), Plain())
big = Plain(2**100)
print(big, big + 1, type(big).__name__)
