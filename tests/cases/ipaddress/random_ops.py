# Seeded sweep: random addresses and networks through parse/str/ops round trips.
import ipaddress
import random

rng = random.Random(1234)
for _ in range(150):
    v = rng.getrandbits(32)
    p = rng.randrange(33)
    a = ipaddress.IPv4Address(v)
    n = ipaddress.IPv4Network((v, p), strict=False)
    i = ipaddress.IPv4Interface((v, p))
    assert ipaddress.ip_address(str(a)) == a
    print(a, n, i, n.with_netmask, n.with_hostmask, n.broadcast_address, a in n,
          n.is_private, n.is_global, i.is_private, a.is_global)
for _ in range(150):
    width = rng.choice([16, 48, 128])
    v = rng.getrandbits(width)
    if rng.random() < 0.3:
        v &= ~(0xFFFF << (16 * rng.randrange(8)))
    if rng.random() < 0.3:
        v &= ~(0xFFFFFFFF << (16 * rng.randrange(7)))
    p = rng.randrange(129)
    a = ipaddress.IPv6Address(v)
    n = ipaddress.IPv6Network((v, p), strict=False)
    assert ipaddress.ip_address(str(a)) == a
    assert ipaddress.ip_address(a.exploded) == a
    print(a, a.exploded, n, n.with_netmask, n.is_private, n.is_global, a.is_reserved,
          a.is_global, a.sixtofour, a.teredo)
