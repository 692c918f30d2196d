class MyInt(int):
    def __repr__(self): return f"MyInt({int(self)})"
class MyStr(str):
    def shout(self): return self.upper() + "!"
class MyList(list):
    def total(self): return sum(self)
class MyDict(dict):
    def __missing__(self, key): return f"<{key}>"
i = MyInt(5)
print(i, repr(i), i + 1, type(i + 1).__name__, i * 2, isinstance(i, int))
s = MyStr("hey")
print(s.shout(), s + "x", type(s + "x").__name__, s[1:], len(s))
l = MyList([1, 2, 3])
l.append(4)
print(l, l.total(), type(l[:2]).__name__, type(l + [5]).__name__)
d = MyDict(a=1)
print(d["a"], d["zz"], d.get("zz"), len(d))
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = Point(3, 4)
print(p, p.x, p[1], type(p).__name__, p == (3, 4))
