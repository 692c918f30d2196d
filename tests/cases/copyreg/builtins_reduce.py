# The reductions of built-in objects: sets, bytearrays, functions and methods.
import copyreg, copy

class S(set): pass
s = S([1]); s.tag = "t"
print(s.__reduce__(), set([2]).__reduce_ex__(2), frozenset([3]).__reduce__())
print(bytearray(b"ab").__reduce__(), bytearray(b"ab").__reduce_ex__(3), bytearray().__reduce_ex__(0))
print(bytearray(b"\xff\x00").__reduce_ex__(2), bytearray(b"xy").__reduce_ex__(4))
class B(bytearray): pass
b = B(b"q"); b.n = 1
print(b.__reduce_ex__(4), b.__reduce_ex__(1))
cs, cb = copy.deepcopy(s), copy.copy(b)
print(type(cs).__name__, cs, cs.tag, type(cb).__name__, cb, cb.n)
import sys
print(len.__reduce__(), sys.getrecursionlimit.__reduce__(), [].append.__reduce__()[1], dict.fromkeys.__reduce__()[1])
class C:
    def m(self): pass
c = C()
fn, args = c.m.__reduce__()
print(fn, args[0] is c, args[1], fn(*args) == c.m)
print(set.__reduce__.__doc__, bytearray.__reduce_ex__.__text_signature__)
