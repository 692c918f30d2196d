class OnlyEq:
    def __eq__(self, o): return True
print(OnlyEq.__hash__)
try:
    hash(OnlyEq())
except TypeError as e:
    print(e)
try:
    {OnlyEq()}
except TypeError as e:
    print(e)
try:
    {OnlyEq(): 1}
except TypeError as e:
    print(e)
class Both:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Both) and self.k == o.k
    def __hash__(self): return hash(self.k)
print(len({Both(1), Both(1), Both(2)}), hash(Both("a")) == hash("a"))
class Inherit(OnlyEq): pass
try:
    hash(Inherit())
except TypeError as e:
    print(e)
class Restore(OnlyEq):
    __hash__ = object.__hash__
print(type(hash(Restore())).__name__)
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(e)
class BigHash:
    def __hash__(self): return 2**70
print(hash(BigHash()))
class NegOne:
    def __hash__(self): return -1
print(hash(NegOne()))
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class BoolHash:
    def __hash__(self): return True
print(hash(BoolHash()))
class Plain: pass
p = Plain()
print(hash(p) == hash(p), p == p, Plain.__hash__ is object.__hash__)
class EqParentHash(Both):
    def __eq__(self, o): return False
print(EqParentHash.__hash__)
