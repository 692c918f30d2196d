# A deterministic random walk of casts, slices, reads and writes over small views.
class Rnd:
    def __init__(self, seed): self.s = seed
    def _next(self):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) % 2**64
        return self.s >> 33
    def randrange(self, a, b=None):
        if b is None: a, b = 0, a
        return a + self._next() % (b - a)
    def choice(self, seq): return seq[self.randrange(len(seq))]
    def random(self): return self._next() / 2**31
rnd = Rnd(1234)
fmts = list('BbchHiIlLqQnNfd?e') + ['x', '@B', '<i', '']
def attempt(desc, f):
    try:
        r = f()
        if isinstance(r, memoryview):
            r = (r.format, r.shape, r.strides, r.tobytes())
        print(desc, '=', repr(r)[:200])
    except Exception as e:
        print(desc, '!', type(e).__name__, e)
for n in range(400):
    size = rnd.choice([0, 1, 2, 4, 8, 12, 16, 24])
    data = bytearray(rnd.randrange(256) for _ in range(size))
    m = memoryview(data)
    ops = []
    for k in range(rnd.randrange(1, 5)):
        op = rnd.randrange(6)
        if op == 0:
            fmt = rnd.choice(fmts)
            if rnd.random() < 0.5:
                shape = [rnd.choice([1, 2, 3, 4, 0, -1]) for _ in range(rnd.randrange(0, 4))]
                ops.append(('cast', fmt, shape))
            else:
                ops.append(('cast', fmt))
        elif op == 1:
            ops.append(('slice', rnd.choice([None, -3, 0, 1, 5]), rnd.choice([None, -1, 2, 7, 30]), rnd.choice([None, 1, 2, -1, -2, 3])))
        elif op == 2:
            ops.append(('index', rnd.choice([0, 1, -1, 5, -30])))
        elif op == 3:
            ops.append(('tolist',))
        elif op == 4:
            ops.append(('set', rnd.choice([0, -1, 2]), rnd.choice([0, 1, -1, 255, 256, 1.5, b'a', True, 2**40])))
        else:
            ops.append(('eq',))
    cur = m
    for op in ops:
        def run(op=op, cur=cur):
            if op[0] == 'cast': return cur.cast(*op[1:])
            if op[0] == 'slice': return cur[slice(*op[1:])]
            if op[0] == 'index': return cur[op[1]]
            if op[0] == 'tolist': return cur.tolist()
            if op[0] == 'set':
                cur[op[1]] = op[2]
                return bytes(data)
            if op[0] == 'eq': return (cur == bytes(cur), cur == cur)
        desc = '%d %r' % (n, op)
        try:
            r = run()
        except Exception as e:
            print(desc, '!', type(e).__name__, e)
            continue
        if isinstance(r, memoryview):
            try:
                print(desc, '=', r.format, r.shape, r.strides, r.tobytes().hex(), r.tolist() if r.ndim <= 1 else '')
            except Exception as e:
                print(desc, '=', type(e).__name__, e)
            cur = r
        else:
            print(desc, '=', repr(r)[:200])
