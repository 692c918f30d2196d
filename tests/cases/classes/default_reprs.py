class A:
    pass
class B:
    def __str__(self): return "B-str"
class C:
    def __repr__(self): return "C-repr"
a = A()
r = repr(a)
print(r.startswith("<__main__.A object at 0x"), str(a) == r)
print(str(B()), repr(B()).startswith("<__main__.B object"), str(C()), repr(C()), f"{C()}", f"{B()!r}"[:13])
print(A, A.__name__, A.__qualname__, A.__module__)
def outer():
    class Inner:
        pass
    return Inner
print(outer().__qualname__, outer())
print(repr(A.__init__), repr(print), repr(len))
