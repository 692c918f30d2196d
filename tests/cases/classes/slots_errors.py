try:
    class A:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print(e)
try:
    class B:
        __slots__ = (1,)
except TypeError as e:
    print(e)
try:
    class C(int):
        __slots__ = ("a",)
except TypeError as e:
    print(e)
try:
    class D:
        __slots__ = ("a", "a")
except Exception as e:
    print(type(e).__name__, e)
class E:
    __slots__ = ()
e = E()
try:
    e.q = 1
except AttributeError as ex:
    print(ex)
class F:
    __slots__ = ("a",)
class G:
    __slots__ = ("b",)
try:
    class H(F, G): pass
except TypeError as ex:
    print(ex)
try:
    class I:
        __slots__ = ("not valid",)
except TypeError as ex:
    print(ex)
print(F.a)
try:
    F.a.__get__(G())
except TypeError as ex:
    print(ex)
