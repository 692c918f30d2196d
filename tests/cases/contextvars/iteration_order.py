# A context iterates its variables in the order of CPython's trie: by the
# hash folded to 32 bits, five bits at a time from the lowest.  Variables
# hash by address, so the order is checked against that rule rather than
# printed.
import contextvars

def trie_key(var):
    h = hash(var) & 0xFFFFFFFFFFFFFFFF
    folded = (h & 0xFFFFFFFF) ^ (h >> 32)
    return [(folded >> shift) & 31 for shift in range(0, 32, 5)]

class Shuffler:
    # a small linear congruential generator: the same picks on every run
    def __init__(self, seed):
        self.state = seed
    def sample(self, population, k):
        pool = list(population)
        picked = []
        for _ in range(k):
            self.state = (self.state * 1103515245 + 12345) % 2**31
            picked.append(pool.pop(self.state % len(pool)))
        return picked

rng = Shuffler(5)
for n in (1, 2, 5, 16, 17, 33, 100, 500):
    vs = [contextvars.ContextVar('v%d' % i) for i in range(n)]
    def fill():
        for i in rng.sample(range(n), n):
            vs[i].set(i)
        for i in rng.sample(range(n), n // 3):
            vs[i].set(-i)
    ctx = contextvars.Context()
    ctx.run(fill)
    expected = sorted(vs, key=trie_key)
    print(n, list(ctx) == expected, list(ctx.keys()) == expected,
          list(ctx.values()) == [ctx[v] for v in expected],
          list(ctx.items()) == [(v, ctx[v]) for v in expected])
# after removals too
vs = [contextvars.ContextVar('r%d' % i) for i in range(40)]
ctx = contextvars.Context()
toks = ctx.run(lambda: [v.set(i) for i, v in enumerate(vs)])
for t in toks[::3]:
    ctx.run(t.var.reset, t)
left = [v for v in vs if v in ctx]
print(len(ctx), list(ctx) == sorted(left, key=trie_key))
