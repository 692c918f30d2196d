# uuid1, uuid4, uuid6 and uuid7: the shape of what they generate.
import time
import uuid

def check(u, version):
    return (type(u) is uuid.UUID and u.version == version and
            u.variant == uuid.RFC_4122 and 0 <= u.int < 1 << 128)

now_ms = time.time_ns() // 1_000_000
u4 = [uuid.uuid4() for _ in range(50)]
print(all(check(u, 4) for u in u4), len(set(u4)))
u1 = [uuid.uuid1() for _ in range(50)]
print(all(check(u, 1) for u in u1), len(set(u1)), len({u.node for u in u1}))
print(all(a.time < b.time for a, b in zip(u1, u1[1:])))
print(abs(u1[0].time // 10_000 - 0x01b21dd213814000 // 10_000 - now_ms) < 60_000)
u = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(check(u, 1), hex(u.node), hex(u.clock_seq))
print(uuid.uuid1(node=5, clock_seq=7).clock_seq, uuid.uuid1(clock_seq=0x7fff).clock_seq)
u6 = [uuid.uuid6() for _ in range(50)]
print(all(check(u, 6) for u in u6), all(a < b for a, b in zip(u6, u6[1:])))
print(all(a.time < b.time for a, b in zip(u6, u6[1:])))
print(abs(u6[0].time // 10_000 - 0x01b21dd213814000 // 10_000 - now_ms) < 60_000)
u = uuid.uuid6(node=0x123456789abc, clock_seq=0x1234)
print(check(u, 6), hex(u.node), hex(u.clock_seq))
u7 = [uuid.uuid7() for _ in range(500)]
print(all(check(u, 7) for u in u7), all(a < b for a, b in zip(u7, u7[1:])))
print(abs(u7[0].time - now_ms) < 60_000, all(a.time <= b.time for a, b in zip(u7, u7[1:])))
node = uuid.getnode()
print(type(node).__name__, 0 <= node < 1 << 48, node == uuid.getnode())
print(uuid.uuid6().node == node, uuid.uuid1(node=node).node == node)
