# list.index and tuple.index with start and stop: negative and huge values
# are clamped, None and non-integers are refused with CPython's text.
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v

class BadIdx:
    def __index__(self): raise ZeroDivisionError("no index")

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for seq in [[3, 1, 4, 1, 5], (3, 1, 4, 1, 5)]:
    name = type(seq).__name__
    for args in [(1,), (1, 2), (1, -2), (1, -10**30), (1, 10**30), (1, 0, 2), (1, 0, -4), (1, 2, 10**30),
                 (1, Idx(2)), (1, True), (5, -1), (9,), (1, 4, 2)]:
        show((name, args), lambda: seq.index(*args))
    for bad in [None, "1", 1.5, BadIdx()]:
        show((name, "start", type(bad).__name__), lambda: seq.index(1, bad))
        show((name, "stop", type(bad).__name__), lambda: seq.index(1, 0, bad))
    show((name, "both bad"), lambda: seq.index(1, BadIdx(), "x"))
    show((name, "too many"), lambda: seq.index(1, 0, 1, 2))
