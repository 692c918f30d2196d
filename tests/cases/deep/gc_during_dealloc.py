# The cycle collector runs while long chains are being freed: objects
# being freed, and those whose freeing was deferred, are never collected
# a second time.
N = 100000

class Node:
    deleted = 0
    def __init__(self, i, nxt):
        self.i = i
        self.next = nxt
    def __del__(self):
        Node.deleted += 1
        if self.i % 1000 == 0:
            # enough new containers for a collection to run
            junk = [[j] for j in range(3000)]
            loop = [junk]
            loop.append(loop)

x = None
for i in range(N):
    x = Node(i, x)
x = None
print("deleted", Node.deleted)

# chains whose links are also in reference cycles: only the collector can
# free them, and the freeing it starts is itself a long cascade
class Cyclic:
    def __init__(self, nxt):
        self.next = nxt
        self.me = [self]

x = None
for i in range(N):
    x = Cyclic(x)
x = None
for i in range(20):
    garbage = [[] for j in range(10000)]
print("cyclic chain dropped")

# generators in cycles with the frames that run them
def gen(prev):
    me = yield prev
    yield me
x = None
for i in range(20000):
    g = gen(x)
    next(g)
    g.send(g)
    x = g
x = None
for i in range(20):
    garbage = [[] for j in range(10000)]
print("generator cycles dropped")
