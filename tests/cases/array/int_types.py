# lib: arrcheck
import array
from arrcheck import show
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class BadIdx:
    def __index__(self): raise ZeroDivisionError("nope")
for code in "bBhHiIlLqQ":
    show(f"{code} float", lambda: array.array(code, [1.5]))
    show(f"{code} str", lambda: array.array(code, ["1"]))
    show(f"{code} None", lambda: array.array(code, [None]))
    show(f"{code} bool", lambda: array.array(code, [True, False]))
    show(f"{code} index", lambda: array.array(code, [Idx(7)]))
    show(f"{code} big index", lambda: array.array(code, [Idx(2**70)]))
    show(f"{code} bad index", lambda: array.array(code, [BadIdx()]))
