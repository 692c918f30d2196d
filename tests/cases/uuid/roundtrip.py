# Seeded random 128-bit values through every representation and back.
import random
import uuid

r = random.Random(2026)
for _ in range(40):
    n = r.getrandbits(128)
    u = uuid.UUID(int=n)
    assert uuid.UUID(str(u)) == u and uuid.UUID(u.urn) == u
    assert uuid.UUID(bytes=u.bytes) == u and uuid.UUID(bytes_le=u.bytes_le) == u
    assert uuid.UUID(fields=u.fields) == u and uuid.UUID('{%s}' % u) == u
    v = r.randint(1, 8)
    w = uuid.UUID(int=n, version=v)
    print(u, u.variant[:8], u.version, w, w.version, w.time, w.clock_seq)
