# The tree-hashing parameters of the BLAKE2 parameter block.
import hashlib

for f in (hashlib.blake2b, hashlib.blake2s):
    base = dict(digest_size=32 if f is hashlib.blake2b else 20)
    for kw in (dict(), dict(fanout=0), dict(fanout=2), dict(fanout=255), dict(depth=2), dict(depth=255),
               dict(leaf_size=1), dict(leaf_size=4096), dict(leaf_size=2**32 - 1), dict(node_offset=1),
               dict(node_offset=2**40), dict(node_depth=1), dict(node_depth=255), dict(inner_size=1),
               dict(inner_size=f.MAX_DIGEST_SIZE), dict(last_node=True), dict(last_node=1),
               dict(fanout=2, depth=2, leaf_size=64, node_offset=3, node_depth=1, inner_size=16, last_node=True)):
        print(f.__name__, sorted(kw.items()), f(b"tree", **base, **kw).hexdigest())
print(hashlib.blake2b(node_offset=2**64 - 1).hexdigest())
print(hashlib.blake2s(node_offset=2**48 - 1).hexdigest())
