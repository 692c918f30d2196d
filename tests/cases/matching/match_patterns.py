class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
class Q:
    __match_args__ = ["x"]
for v in [P(1, 2), 5, "s", [1, 2, 3], {"k": 1, "j": 2}, (1,), 3.0]:
    match v:
        case P(1, y=2): print("P12")
        case int(5): print("int5")
        case str() as s: print("str", s)
        case [1, *r]: print("seq", r)
        case {"k": k, **rest}: print("map", k, rest)
        case float(f): print("float", f)
        case _: print("other", v)
k='a'
class K: a='a'
try:
    match {'a':1}:
        case {K.a: 1, K.a: 2}: pass
except Exception as e: print(type(e).__name__, e)
try:
    match 1:
        case K(): pass
        case int(1, 2): pass
except Exception as e: print(type(e).__name__, e)
x = 7
try:
    match 1:
        case x.real(): pass
except Exception as e: print(type(e).__name__, e)
