# copyreg._slotnames: the slots of a class and its bases, mangled, cached on the class.
import copyreg

class NoSlots: pass
class A:
    __slots__ = ("a", "__hidden", "__dict__", "__weakref__", "__dunder__")
class B(A):
    __slots__ = "b"
class _C(B):
    __slots__ = ["__c", "d"]
class __(B):
    __slots__ = ("__e",)
class D(NoSlots, A):
    pass
class E(B):
    __slots__ = ()
for cls in (NoSlots, A, B, _C, __, D, E, int, object):
    print(cls.__name__, copyreg._slotnames(cls), cls.__dict__.get("__slotnames__"))
print(copyreg._slotnames(A) is A.__slotnames__)
class Preset:
    __slotnames__ = ["given"]
    __slots__ = ("x",)
print(copyreg._slotnames(Preset))
class Odd:
    __slots__ = {"k": "doc", "v": "doc2"}
print(copyreg._slotnames(Odd))
print(copyreg._slotnames.__doc__)
