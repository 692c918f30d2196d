class Stack(list):
    def __init__(self, *items):
        super().__init__(items)
    def push(self, x):
        self.append(x)
        return self
    def __repr__(self):
        return f"Stack({list.__repr__(self)})"
s = Stack(1, 2)
print(s.push(3), len(s), s[-1], s.pop(), s)
class Counter(dict):
    def __init__(self, it=()):
        super().__init__()
        for x in it:
            self[x] = self.get(x, 0) + 1
c = Counter("hello")
print(c, c["l"], sorted(c.items()))
class Name(str):
    def __init__(self, v):
        self.original = v
n = Name("bob")
print(n, n.original, n.title(), type(n.title()).__name__)
class E(Exception):
    def __init__(self):
        super().__init__("fixed message")
try:
    raise E
except E as e:
    print(e, e.args)
class Point(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    x = property(lambda self: self[0])
    y = property(lambda self: self[1])
pt = Point(3, 4)
print(pt, pt.x, pt.y, pt + (5,), isinstance(pt, tuple))
