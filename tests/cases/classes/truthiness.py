class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self):
        print("len called")
        return self.n
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Both()))
if L(2): print("L(2) true")
print(not B(False))
print(B(True) and "yes", L(0) or "fallback")
class Plain: pass
print(bool(Plain()))
try:
    bool(B(1))
except TypeError as e:
    print(e)
class NegLen:
    def __len__(self): return -1
try:
    bool(NegLen())
except ValueError as e:
    print(e)
class BigLen:
    def __len__(self): return 2**70
try:
    len(BigLen())
except OverflowError as e:
    print(e)
class FloatLen:
    def __len__(self): return 1.5
try:
    len(FloatLen())
except TypeError as e:
    print(e)
class NoneBool:
    __bool__ = None
try:
    bool(NoneBool())
except TypeError as e:
    print(e)
print(len(L(4)))
