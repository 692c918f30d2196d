# Seeded BLAKE2 parameter combinations and message lengths around block edges.
import hashlib

state = 77

def rand(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) & (2**64 - 1)
    return (state >> 33) % n

def blob(n):
    return bytes(rand(256) for _ in range(n))

for i in range(160):
    f = (hashlib.blake2b, hashlib.blake2s)[rand(2)]
    block = 128 if f is hashlib.blake2b else 64
    kw = dict(digest_size=1 + rand(f.MAX_DIGEST_SIZE))
    if rand(2):
        kw["key"] = blob(rand(f.MAX_KEY_SIZE + 1))
    if rand(2):
        kw["salt"] = blob(rand(f.SALT_SIZE + 1))
    if rand(2):
        kw["person"] = blob(rand(f.PERSON_SIZE + 1))
    if rand(3) == 0:
        kw.update(fanout=rand(256), depth=1 + rand(255), leaf_size=rand(2**32),
                  node_offset=rand(2**48), node_depth=rand(256), inner_size=rand(f.MAX_DIGEST_SIZE + 1),
                  last_node=bool(rand(2)))
    n = rand(4) * block + rand(3) - 1 if rand(2) else rand(600)
    msg = blob(max(n, 0))
    h = f(msg, **kw)
    pieces = f(**kw)
    at = 0
    while at < len(msg):
        step = 1 + rand(200)
        pieces.update(msg[at:at + step])
        at += step
    print(i, f.__name__, len(msg), h.hexdigest(), pieces.hexdigest() == h.hexdigest())
