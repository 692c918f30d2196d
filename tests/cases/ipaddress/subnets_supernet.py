# subnets()/supernet() with prefixlen_diff and new_prefix, and their errors.
import ipaddress
from ipaddress import IPv4Network as N4, IPv6Network as N6


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


n = N4("192.168.0.0/24")
t(lambda: list(n.subnets()))
t(lambda: list(n.subnets(2)))
t(lambda: list(n.subnets(0)))
t(lambda: list(n.subnets(new_prefix=26)))
t(lambda: list(n.subnets(new_prefix=24)))
t(lambda: list(n.subnets(new_prefix=23)))
t(lambda: list(n.subnets(2, new_prefix=26)))
t(lambda: list(n.subnets(-1)))
t(lambda: list(n.subnets(9)))
t(lambda: list(n.subnets(8))[-3:])
t(lambda: list(N4("1.2.3.4/32").subnets(5)))
t(lambda: list(N4("1.2.3.4/32").subnets(new_prefix=3)))
t(lambda: n.subnets(-1).__class__.__name__)
t(lambda: len(list(N6("2001:db8::/64").subnets(new_prefix=72))))
t(lambda: list(N6("2001:db8::/64").subnets(2)))
t(lambda: list(N6("::/126").subnets(3)))
t(lambda: n.supernet())
t(lambda: n.supernet(8))
t(lambda: n.supernet(24))
t(lambda: n.supernet(25))
t(lambda: n.supernet(new_prefix=16))
t(lambda: n.supernet(new_prefix=24))
t(lambda: n.supernet(new_prefix=25))
t(lambda: n.supernet(2, new_prefix=16))
t(lambda: n.supernet(0))
t(lambda: n.supernet(-1))
t(lambda: N4("0.0.0.0/0").supernet())
t(lambda: N4("0.0.0.0/0").supernet(5))
t(lambda: N6("2001:db8::/32").supernet(new_prefix=0))
t(lambda: N6("2001:db8::/32").supernet(16))
t(lambda: N6("::/0").supernet())
for new in range(20, 29):
    print(new, [str(x) for x in N4("10.1.2.0/28").supernet(new_prefix=new).subnets(new_prefix=new + 1)])
