# Network iteration, hosts(), indexing, containment, overlaps, num_addresses.
import ipaddress
from ipaddress import IPv4Network as N4, IPv6Network as N6, IPv4Address as A4, IPv6Address as A6


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ["10.0.0.0/29", "10.0.0.0/30", "10.0.0.0/31", "10.0.0.0/32"]:
    n = N4(s)
    print(s, list(n), list(n.hosts()), n.num_addresses)
for s in ["2001:db8::/125", "2001:db8::/126", "2001:db8::/127", "2001:db8::/128"]:
    n = N6(s)
    print(s, list(n), list(n.hosts()), n.num_addresses)
n = N4("10.0.0.0/30")
for i in [0, 1, 3, 4, -1, -4, -5, 2**40]:
    t(lambda: n[i])
t(lambda: n["a"])
t(lambda: n[1:2])
t(lambda: len(n))
t(lambda: N6("::/0")[2**127])
t(lambda: N6("::/0")[-1])
t(lambda: N6("::/0").num_addresses)
t(lambda: next(iter(N6("::/0").hosts())))
t(lambda: A4("10.0.0.2") in n)
t(lambda: A4("10.0.0.4") in n)
t(lambda: A6("::1") in n)
t(lambda: N4("10.0.0.0/31") in n)
t(lambda: ipaddress.IPv4Interface("10.0.0.1/8") in n)
t(lambda: 5 in n)
t(lambda: n.overlaps(N4("10.0.0.2/31")))
t(lambda: n.overlaps(N4("10.0.0.4/31")))
t(lambda: n.overlaps(N4("0.0.0.0/0")))
t(lambda: N4("0.0.0.0/0").overlaps(n))
t(lambda: n.overlaps(N6("::/0")))
t(lambda: n.overlaps(A4("10.0.0.1")))
t(lambda: n.subnet_of(N4("10.0.0.0/8")))
t(lambda: n.subnet_of(N4("11.0.0.0/8")))
t(lambda: n.subnet_of(n))
t(lambda: n.supernet_of(N4("10.0.0.1/32")))
t(lambda: n.supernet_of(N4("10.0.0.0/29")))
t(lambda: n.subnet_of(N6("::/0")))
t(lambda: n.subnet_of(A4("10.0.0.0")))
t(lambda: n.supernet_of(A4("10.0.0.0")))
t(lambda: n.subnet_of(5))
t(lambda: N4("10.0.0.0/30").broadcast_address)
t(lambda: N4("10.0.0.0/30").hostmask)
t(lambda: N4("10.0.0.0/30").netmask)
t(lambda: N4("10.0.0.0/30").prefixlen)
t(lambda: list(N4("10.0.0.0/30").hosts()) == list(N4("10.0.0.0/30"))[1:-1])
