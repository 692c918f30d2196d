# object.__dir__ merges the attributes of the class __class__ gives, a
# property included, as dir() does.
class A:
    def meth(self): pass
class B(A):
    @property
    def __class__(self):
        return type(self)
a = A(); b = B()
print("meth" in object.__dir__(a), "meth" in object.__dir__(b))
class C(A):
    __class__ = property(lambda self: type(self))
print("meth" in object.__dir__(C()))
class D(A):
    __class__ = property(lambda self: None or type(self))
print("meth" in object.__dir__(D()))
