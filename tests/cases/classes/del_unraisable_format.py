# An exception escaping __del__ is printed as CPython's C printer does it:
# no carets, no chained exceptions, notes or group members, and the running
# frame's line when the exception has no traceback of its own.
class BuiltinDel:
    __del__ = len
a = BuiltinDel()
print("x")
a = None
def f():
    b = BuiltinDel()
    del b
    print("y")
f()

class Chained:
    def __del__(self):
        try:
            1/0
        except ZeroDivisionError:
            e = ValueError("bad")
            e.add_note("a note")
            raise e
class E(Exception):
    def __str__(self): return "custom str"
class Custom:
    def __del__(self):
        x = (1 +
             2)
        raise E("x") from None
class Group:
    def __del__(self):
        raise ExceptionGroup("eg", [ValueError(1)])
class Empty:
    def __del__(self):
        raise ValueError()
class S(Exception):
    def __str__(self): raise KeyError
class StrFails:
    def __del__(self):
        raise S(1)
def rec(n):
    if n == 0:
        raise KeyError("deep")
    rec(n - 1)
class Deep:
    def __del__(self):
        rec(10)
for cls in (Chained, Custom, Group, Empty, StrFails, Deep):
    o = cls()
    o = None
print("end")
