class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
print(hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print(e)
del p.y
try:
    p.y
except AttributeError as e:
    print(e)
try:
    del p.y
except AttributeError as e:
    print(e)
print(P.x, type(P.x).__name__)
print(P.__slots__)
class Q(P):
    pass
q = Q(1, 2)
q.z = 5
print(q.__dict__)
class R(P):
    __slots__ = "w"
r = R(1, 2)
r.w = 9
print(r.w, r.x)
try:
    r.v = 1
except AttributeError as e:
    print(e)
class S:
    __slots__ = ["a", "__dict__"]
s = S()
s.a = 1
s.b = 2
print(s.a, s.__dict__)
