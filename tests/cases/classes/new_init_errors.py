class A:
    pass
try:
    A(1)
except TypeError as e:
    print(e)
try:
    A(x=1)
except TypeError as e:
    print(e)
class B:
    def __init__(self, a, b=2):
        self.a, self.b = a, b
try:
    B()
except TypeError as e:
    print(e)
try:
    B(1, 2, 3)
except TypeError as e:
    print(e)
try:
    B(1, c=3)
except TypeError as e:
    print(e)
class C:
    def __init__(self):
        return 5
try:
    C()
except TypeError as e:
    print(e)
class D:
    def __new__(cls, *args):
        return super().__new__(cls)
    def __init__(self, x):
        self.x = x
print(D(5).x)
try:
    object.__new__(5)
except TypeError as e:
    print(e)
try:
    object.__new__(int)
except TypeError as e:
    print(e)
try:
    int.__new__(A)
except TypeError as e:
    print(e)
class E:
    def __new__(cls):
        return super().__new__(cls, 1)
try:
    E()
except TypeError as e:
    print(e)
B(1, 2, 3)
