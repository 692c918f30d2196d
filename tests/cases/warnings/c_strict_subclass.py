# conversion methods returning a strict subclass: accepted, with a DeprecationWarning
import warnings
warnings.simplefilter("always")
class F(float): pass
class C(complex): pass
class I:
    def __int__(self): return True
    def __index__(self): return False
class Fl:
    def __float__(self): return F(2.5)
class Co:
    def __complex__(self): return C(1, 2)
class OnlyIndex:
    def __index__(self): return True
print(int(I()))
print([1, 2][I()])
print(float(Fl()))
print(complex(Co()))
print(float(OnlyIndex()))
print("%d" % I())
print("%x" % OnlyIndex())
print(range(5)[OnlyIndex()])
print(int.__index__(5))
print(hex(OnlyIndex()), bin(OnlyIndex()))
print(round(2.5), abs(-1))
