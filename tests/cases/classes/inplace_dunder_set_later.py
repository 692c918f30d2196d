# In-place operator methods set on a class after it was made (a descriptor
# or a callable object) are used by +=, as when defined in the body.
class P:
    def __get__(self, obj, t=None):
        return lambda other: "proxy iadd"
class C:
    def __add__(self, o): return "add"
C.__iadd__ = P()
c = C()
c += 1
print(c)
class F:
    def __call__(self, other): return "callable iadd"
class D:
    def __add__(self, o): return "add"
D.__iadd__ = F()
d = D()
d += 1
print(d)
class E:
    __iadd__ = F()
    def __add__(self, o): return "add"
e = E()
e += 1
print(e)
