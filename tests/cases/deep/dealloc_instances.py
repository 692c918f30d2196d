# Chains of class instances (through __dict__, __slots__, dicts of
# instances) are freed without deep C recursion, and their __del__ methods
# run in the same order as for a short chain.
N = 50000

class Node:
    def __init__(self, nxt):
        self.next = nxt

class Slotted:
    __slots__ = ("next", "value")
    def __init__(self, nxt):
        self.next = nxt
        self.value = [1]

class Mapping:
    def __init__(self, nxt):
        self.children = {"next": nxt, "other": [nxt is None]}

def chain(cls, n=N):
    x = None
    for i in range(n):
        x = cls(x)
    return x

for cls in (Node, Slotted, Mapping):
    x = chain(cls)
    x = None
    print(cls.__name__, "freed")

# dicts of instances of dicts
d = None
for i in range(N):
    o = Node(None)
    o.__dict__["map"] = {"prev": d}
    d = {"obj": o}
d = None
print("dicts of instances freed")

# __del__ runs for each, outermost first, printing as it goes
class Noisy:
    deleted = 0
    def __init__(self, i, nxt):
        self.i = i
        self.next = nxt
    def __del__(self):
        Noisy.deleted += 1
        if self.i % 10000 == 0:
            print("del", self.i, "deleted so far", Noisy.deleted)

x = None
for i in range(N):
    x = Noisy(i, x)
print("dropping")
x = None
print("dropped", Noisy.deleted)

# a __del__ that allocates and builds cycles while the chain is being freed
class Busy:
    def __init__(self, nxt):
        self.next = nxt
    def __del__(self):
        junk = [[] for _ in range(3)]
        junk[0].append(junk)
        junk.append({"self": junk})

x = chain(Busy)
x = None
print("busy freed")

# resurrection: __del__ stores the object elsewhere; it lives on
saved = []
saving = True
class Phoenix:
    def __init__(self, i, nxt):
        self.i = i
        self.next = nxt
    def __del__(self):
        if saving and self.i % 10000 == 0:
            saved.append(self)

x = None
for i in range(N):
    x = Phoenix(i, x)
x = None
print("saved", [p.i for p in saved])
print("next of saved", [p.next.i if p.next else None for p in saved])
saved.clear()
print("saved after the first clear", [p.i for p in saved])
saving = False
saved.clear()
print("cleared")

# classes referring to each other
c = None
for i in range(10000):
    c = type("C", (), {"prev": c})
c = None
print("classes freed")
