class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
class E(C, B): pass
try:
    class F(D, E): pass
except TypeError as e:
    print(e)
try:
    class G(A, A): pass
except TypeError as e:
    print(e)
try:
    class H(object, A): pass
except TypeError as e:
    print(e)
try:
    class I(int, str): pass
except TypeError as e:
    print(e)
try:
    class J(bool): pass
except TypeError as e:
    print(e)
try:
    class K(1): pass
except TypeError as e:
    print(e)
class L(A, B.__base__.__class__.__base__): pass
print(L.__mro__)
