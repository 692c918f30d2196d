# Address arithmetic, int(), packed round trips, and their overflow errors.
import ipaddress
from ipaddress import IPv4Address as A4, IPv6Address as A6, IPv4Interface as I4, IPv6Interface as I6


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: A4("1.2.3.4") + 1)
t(lambda: A4("1.2.3.4") - 5)
t(lambda: A4("1.2.3.4") + 2**24)
t(lambda: A4("255.255.255.255") + 1)
t(lambda: A4("0.0.0.0") - 1)
t(lambda: A4("1.2.3.4") + True)
t(lambda: A4("1.2.3.4") + 1.0)
t(lambda: 1 + A4("1.2.3.4"))
t(lambda: A4("1.2.3.4") - A4("1.2.3.3"))
t(lambda: A6("::1") + 2**100)
t(lambda: A6("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff") + 1)
t(lambda: A6("fe80::1%eth0") + 1)
t(lambda: A6("fe80::1%eth0") - 1)
t(lambda: I4("1.2.3.4/24") + 1)
t(lambda: I6("fe80::1%eth0/64") - 1)
t(lambda: int(A4("1.2.3.4")))
t(lambda: int(A6("::ffff:1.2.3.4")))
t(lambda: int(I4("1.2.3.4/24")))
t(lambda: A4(int(A4("9.8.7.6"))))
t(lambda: A6(A6("2001:db8::1").packed))
t(lambda: A4(A4("9.8.7.6").packed))
t(lambda: A4(bytes(4)))
t(lambda: A6(bytes(16)))
t(lambda: hex(A4("1.2.3.4")))
t(lambda: [0, 1][A4("0.0.0.1")])
t(lambda: ipaddress.v4_int_to_packed(0x01020304))
t(lambda: ipaddress.v4_int_to_packed(2**32 - 1))
t(lambda: ipaddress.v4_int_to_packed(2**32))
t(lambda: ipaddress.v4_int_to_packed(-1))
t(lambda: ipaddress.v6_int_to_packed(1))
t(lambda: ipaddress.v6_int_to_packed(2**128))
t(lambda: ipaddress.v6_int_to_packed(-2))
t(lambda: ipaddress.IPV4LENGTH)
t(lambda: ipaddress.IPV6LENGTH)
t(lambda: A4("1.2.3.4").ipv6_mapped)
t(lambda: A4("0.0.0.0").ipv6_mapped)
t(lambda: A4("1.2.3.4").ipv6_mapped.ipv4_mapped)
