# Random nested structures (a fixed seed): every protocol's bytes must be
# CPython's exactly, and load back equal.
import pickle
import random

rng = random.Random(12345)


def make(depth):
    kind = rng.randrange(12 if depth < 4 else 7)
    if kind == 0:
        return rng.randrange(-10**rng.randrange(1, 30), 10**rng.randrange(1, 30))
    if kind == 1:
        return rng.random() * 10**rng.randrange(-5, 5)
    if kind == 2:
        return ''.join(chr(rng.choice([rng.randrange(32, 127), rng.randrange(160, 0x3000)]))
                       for _ in range(rng.randrange(0, 12)))
    if kind == 3:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(0, 8)))
    if kind == 4:
        return rng.choice([None, True, False])
    if kind == 5:
        return rng.randrange(-300, 70000)
    if kind == 6:
        return rng.choice(['shared', ('t',), 'k'])
    if kind == 7:
        return [make(depth + 1) for _ in range(rng.randrange(0, 5))]
    if kind == 8:
        return tuple(make(depth + 1) for _ in range(rng.randrange(0, 5)))
    if kind == 9:
        return {str(rng.randrange(100)): make(depth + 1) for _ in range(rng.randrange(0, 5))}
    if kind == 10:
        return frozenset(rng.randrange(50) for _ in range(rng.randrange(0, 5)))
    return bytearray(rng.randrange(256) for _ in range(rng.randrange(0, 4)))


for trial in range(40):
    obj = make(0)
    for proto in range(6):
        s = pickle.dumps(obj, proto)
        assert pickle.loads(s) == obj
        print(trial, proto, s.hex())
