# Stress: thousands of objects in cycles, with __del__ methods and weak
# references (some with callbacks, some themselves inside the garbage),
# freed group by group in a fixed pseudo-random order.  Each round reports
# which finalizers and callbacks ran.
import gc
import weakref

gc.disable()

state = 2463534242


def rand(n):
    # xorshift32: the same sequence under every implementation
    global state
    state ^= (state << 13) & 0xFFFFFFFF
    state ^= state >> 17
    state ^= (state << 5) & 0xFFFFFFFF
    return state % n


finalized = []
called = []


class Node:
    def __init__(self, name):
        self.name = name
        self.links = []


class Mortal(Node):
    def __del__(self):
        finalized.append(self.name)


def note(wr, name=None):
    called.append(name)


GROUPS = 300
groups = []
watchers = []          # live weak references, outside the garbage
for g in range(GROUPS):
    size = 2 + rand(12)
    members = [(Mortal if rand(3) == 0 else Node)("%d.%d" % (g, i)) for i in range(size)]
    for i, m in enumerate(members):
        m.links.append(members[(i + 1) % size])          # a ring
        if rand(4) == 0:
            m.links.append(members[rand(size)])          # and chords
        if rand(5) == 0:
            # a weak reference kept by the garbage itself: no callback
            m.self_ref = weakref.ref(members[rand(size)], lambda w, n=m.name: note(w, "inner " + n))
    for m in members[:: 1 + rand(3)]:
        watchers.append(weakref.ref(m, lambda w, n=m.name: note(w, n)))
    if rand(4) == 0:
        watchers.append(weakref.proxy(members[0], lambda p, n=members[0].name: note(p, "proxy " + n)))
    groups.append(members)

# some groups point at others, so a group may outlive its own release
for g in range(0, GROUPS, 7):
    groups[g][0].links.append(groups[(g * 13 + 5) % GROUPS][-1])

order = list(range(GROUPS))
for i in range(GROUPS - 1, 0, -1):
    j = rand(i + 1)
    order[i], order[j] = order[j], order[i]

total_final = total_called = 0
for start in range(0, GROUPS, 40):
    for g in order[start:start + 40]:
        groups[g] = None
    found = gc.collect()
    alive = sum(1 for w in watchers if type(w) is weakref.ref and w() is not None)
    print("round %d: finalized %d, callbacks %d, watched alive %d, collected some %s"
          % (start // 40, len(finalized), len(called), alive, found > 0))
    assert not any(c.startswith("inner") for c in called)
    total_final += len(finalized)
    total_called += len(called)
    checksum = sum(sum(map(ord, s)) for s in sorted(finalized) + sorted(called))
    print("  checksum", checksum)
    finalized.clear()
    called.clear()

print("totals", total_final, total_called, sum(1 for w in watchers if type(w) is weakref.ref and w() is None))
print("leftover", gc.collect())
