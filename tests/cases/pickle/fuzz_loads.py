# Thousands of damaged pickles (bytes changed, dropped, inserted): each
# loads or raises; never a crash.  Which error is raised is not compared
# (CPython itself answers some of these with MemoryError).  Pickles with a
# 0x96 or 0x72 byte are left out: CPython allocates what a BYTEARRAY8 or a
# LONG_BINPUT asks for before it reads on, gigabytes for damaged ones.
import pickle
import random

rng = random.Random(7)
base = [pickle.dumps([1, 'a', (2, 3.5), {'k': [None, True, b'x']}, {1, 2}, 2**70, 'long ' * 60],
                     p) for p in range(6)]
counts = {}
for trial in range(3000):
    b = bytearray(rng.choice(base))
    for _ in range(rng.randrange(1, 4)):
        op = rng.randrange(3)
        i = rng.randrange(len(b))
        if op == 0:
            b[i] = rng.randrange(256)
        elif op == 1:
            del b[i]
        else:
            b.insert(i, rng.randrange(256))
    if 0x96 in b or 0x72 in b:   # BYTEARRAY8 or LONG_BINPUT of a huge size
        continue
    try:
        r = pickle.loads(bytes(b))
        out = 'ok ' + type(r).__name__
    except Exception:
        out = 'error'
    counts[out] = counts.get(out, 0) + 1
    if out != 'error':
        print(trial, out)
print(sorted(counts.items()))
