class Evens:
    def __contains__(self, x):
        print("contains", x)
        return x % 2 == 0
print(4 in Evens(), 3 in Evens(), 3 not in Evens())
class Truthy:
    def __contains__(self, x): return [1]
print(1 in Truthy())
class NoContains: pass
try:
    1 in NoContains()
except TypeError as e:
    print(e)
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, scale=1, **kw):
        return (self.n + x + sum(rest)) * scale, kw
add = Adder(10)
print(add(1), add(1, 2, 3, scale=2), add(x=5, extra=True))
print(callable(add), callable(Adder), callable(Evens()))
try:
    Evens()()
except TypeError as e:
    print(e)
class CallViaClass:
    __call__ = staticmethod(lambda *a: ("static", a))
print(CallViaClass()(1, 2))
o = Adder(0)
o.__call__ = lambda x: "instance attr ignored"
print(o(1))
print(list(map(Adder(100), [1, 2])))
