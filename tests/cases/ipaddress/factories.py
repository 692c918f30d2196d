# ip_address / ip_network / ip_interface: family choice and their ValueError texts.
import ipaddress


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


for v in ["1.2.3.4", "::1", "fe80::1%eth0", 0, 2**32 - 1, 2**32, 2**128 - 1, 2**128, -1,
          b"\x7f\x00\x00\x01", b"\x00" * 16, b"\x00" * 5, "", "1.2.3.4/32", None, 1.5,
          ipaddress.IPv4Address("9.9.9.9"), ipaddress.IPv6Address("::9"), True]:
    t(ipaddress.ip_address, v)
    t(ipaddress.ip_network, v)
    t(ipaddress.ip_interface, v)
for v in ["10.0.0.0/8", "10.0.0.1/8", "::/64", "::1/64", "1.2.3.4/255.255.0.0",
          "1.2.3.4/0.0.255.255", "1.2.3.4/33", "::1/129", "1.2.3.4/x", ("1.2.3.4", 24),
          ("::1", 64), ("1.2.3.0", "24"), (16909056, 24), ("bad", 24), "1.2.3.4/24/1"]:
    t(ipaddress.ip_network, v)
    t(ipaddress.ip_network, v, strict=False)
    t(ipaddress.ip_network, v, False)
    t(ipaddress.ip_interface, v)
t(ipaddress.ip_network, "10.0.0.0/8", strict=True)
t(ipaddress.IPv4Network, "10.0.0.1/8", True)
t(ipaddress.IPv4Network, "10.0.0.1/8", 0)
t(ipaddress.IPv4Network, "10.0.0.1/8", "")
print(issubclass(ipaddress.AddressValueError, ValueError),
      issubclass(ipaddress.NetmaskValueError, ValueError),
      ipaddress.AddressValueError.__module__, ipaddress.NetmaskValueError.__name__)
print(ipaddress.IPv4Address.__module__, ipaddress.IPv6Interface.__name__,
      ipaddress.IPv6Interface.__qualname__)
print(issubclass(ipaddress.IPv4Interface, ipaddress.IPv4Address),
      issubclass(ipaddress.IPv6Interface, ipaddress.IPv6Address),
      issubclass(ipaddress.IPv4Network, ipaddress.IPv4Address))
