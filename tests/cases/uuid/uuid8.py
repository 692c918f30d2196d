# uuid8 from given blocks is deterministic; without them it is random.
import uuid

for a, b, c in ((1, 2, 3), (0, 0, 0), ((1 << 64) - 1, (1 << 16) - 1, (1 << 64) - 1),
                (0x123456789abc, 0xdef, 0x123456789abcdef0), (-1, -1, -1)):
    u = uuid.uuid8(a, b, c)
    print(u, u.version, u.variant, u.int)
u = uuid.uuid8()
print(type(u).__name__, u.version, u.variant, 0 <= u.int < 1 << 128)
print(uuid.uuid8(a=5).int >> 80, uuid.uuid8(c=9).int & 0xff)
print(uuid.uuid8(1, 2, 3) == uuid.uuid8(1, 2, 3))
