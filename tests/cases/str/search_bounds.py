# The start and end arguments of find, index, count, startswith and endswith
# on str, bytes and bytearray: None, negative, huge, __index__ objects and
# wrong types, all resolved as slicing resolves them.
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v

class BadIdx:
    def __index__(self): raise ZeroDivisionError("no index")

class NotInt:
    def __index__(self): return "x"

big = 10**30
bounds = [None, 0, 1, 2, -1, -2, -5, 5, 100, big, -big, True, Idx(1), Idx(-2), 2**63, -2**63, 2**63 - 1]

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for s in ["abcab", b"abcab", bytearray(b"abcab")]:
    sub = s[:1] if not isinstance(s, bytearray) else b"a"
    name = type(s).__name__
    for a in bounds:
        show((name, "find", a), lambda: s.find(sub, a))
        show((name, "rfind", a), lambda: s.rfind(sub, a))
        show((name, "count", a), lambda: s.count(sub, a))
        show((name, "startswith", a), lambda: s.startswith(sub, a))
        for b in [None, -1, 3, big, -big]:
            show((name, "range", a, b), lambda: (s.find(sub, a, b), s.rfind(sub, a, b), s.count(sub, a, b),
                                                 s.startswith(sub, a, b), s.endswith(s[-1:], a, b),
                                                 s.count(s[:0], a, b)))
    for bad in ["1", 1.0, [], BadIdx(), NotInt()]:
        show((name, "find", type(bad).__name__), lambda: s.find(sub, bad))
        show((name, "index end", type(bad).__name__), lambda: s.index(sub, 0, bad))
        show((name, "count", type(bad).__name__), lambda: s.count(sub, None, bad))
        show((name, "endswith", type(bad).__name__), lambda: s.endswith(sub, bad))
    show((name, "index missing"), lambda: s.index(sub, 3, 4))
    show((name, "rindex missing"), lambda: s.rindex(sub, -1))
    show((name, "empty at end"), lambda: (s.find(s[:0], 5), s.find(s[:0], 6), s.rfind(s[:0], big), s.count(s[:0], 6)))

# bytes also search for an int
show("int sub", lambda: (b"abcab".find(98, 2), b"abcab".count(97, -2), bytearray(b"xyz").rindex(121, None, big)))
show("int sub range", lambda: b"abc".find(256))
