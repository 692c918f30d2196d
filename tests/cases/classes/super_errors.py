class A:
    def f(self):
        return 1
class B(A):
    pass
try:
    super(B, 3)
except TypeError as e:
    print(e)
try:
    super(3, B())
except TypeError as e:
    print(e)
try:
    super(B, A)
except TypeError as e:
    print(e)
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print(e)
try:
    super(B, B()).nothing
except AttributeError as e:
    print(e)
class C(A):
    def f(self):
        del self
        return super().f()
try:
    C().f()
except RuntimeError as e:
    print(e)
class D(A):
    def f(self):
        return super().f() + 1
    g = f
print(D().f(), D().g())
