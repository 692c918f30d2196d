# Network and interface parsing: prefixes, netmasks, hostmasks, strict mode.
import ipaddress


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r), r.with_prefixlen if hasattr(r, "with_prefixlen") else "")
    except Exception as e:
        print(type(e).__name__, e)


for s in ["10.0.0.0/8", "10.0.0.1/8", "10.0.0.0/255.0.0.0", "10.0.0.0/0.255.255.255",
          "10.0.0.0/255.0.255.0", "10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0/+8", "10.0.0.0/ 8",
          "10.0.0.0/08", "10.0.0.0/", "10.0.0.0/8/8", "10.0.0.0/a", "10.0.0.0/255.255.255.256",
          "10.0.0.0/0.0.0.0", "10.0.0.0/255.255.255.255", "10.0.0.0/0", "0.0.0.0/0",
          "10.0.0.0/255.255.255.254", "10.0.0.0/0.0.0.1", "10.0.0.0/1.2.3", "10.0.0.0/٨"]:
    t(ipaddress.IPv4Network, s)
    t(ipaddress.IPv4Network, s, strict=False)
    t(ipaddress.IPv4Interface, s)
for s in ["2001:db8::/32", "2001:db8::1/32", "::/0", "::/129", "::/-1", "::/ffff::", "::/",
          "::1/128", "fe80::1%eth0/64", "fe80::/64%eth0", "::/0128", "::/64/64"]:
    t(ipaddress.IPv6Network, s)
    t(ipaddress.IPv6Network, s, strict=False)
    t(ipaddress.IPv6Interface, s)
for a in [(("10.0.0.0", 8),), (("10.0.0.1", 8),), ((167772160, 24),), ((b"\n\0\0\0", "255.0.0.0"),),
          (("10.0.0.0",),), (("10.0.0.0", 8, 1),), ((167772160,),), (("10.0.0.0", 33),),
          (("10.0.0.0", "255.0.0.0"),), (("10.0.0.0", "0.255.255.255"),), ((ipaddress.IPv4Address("10.0.0.0"), 8),)]:
    t(ipaddress.IPv4Network, *a)
    t(ipaddress.IPv4Network, *a, strict=False)
    t(ipaddress.IPv4Interface, *a)
for a in [(("2001:db8::", 32),), ((1, 128),), ((1, 127),), (("::", "64"),), (("::", 200),)]:
    t(ipaddress.IPv6Network, *a)
    t(ipaddress.IPv6Interface, *a)
t(ipaddress.ip_network, "1.2.3.4/24")
t(ipaddress.ip_network, "1.2.3.4/24", strict=False)
t(ipaddress.ip_network, "bad/24")
t(ipaddress.ip_network, 3)
t(ipaddress.ip_network, 2**40)
t(ipaddress.ip_interface, "x")
t(ipaddress.ip_interface, "1.2.3.4/24")
t(ipaddress.ip_interface, 2**40)
t(ipaddress.IPv4Network, 2**33)
t(ipaddress.IPv4Network, b"\1\2\3\4")
t(ipaddress.IPv6Network, 2**129)
t(ipaddress.IPv4Network, 1.5)
