# IPv4 address parsing: accepted forms and every AddressValueError text.
import ipaddress


def t(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


for s in ["1.2.3.4", "0.0.0.0", "255.255.255.255", "01.2.3.4", "1.2.3", "1.2.3.4.5",
          "", "256.1.1.1", "1.2.3.-4", "1.2.3.4 ", " 1.2.3.4", "1..3.4", "a.b.c.d",
          "1.2.3.0x4", "1.2.3.1000", "1.2.3.٣", "1.2.3.4/24", "1.2.3.4%eth0",
          "0.0.0.00", "000.0.0.0", "1.2.3.+4", "1.2.3.", ".1.2.3", "1:2::3"]:
    t(ipaddress.IPv4Address, s)
for v in [0, 1, 2**32 - 1, 2**32, -1, b"\x01\x02\x03\x04", b"\x01\x02\x03",
          b"", bytearray(b"\x01\x02\x03\x04"), 3.0, None, True]:
    t(ipaddress.IPv4Address, v)
t(ipaddress.IPv4Address, ipaddress.IPv4Address("9.9.9.9"))
t(ipaddress.ip_address, "nonsense")
t(ipaddress.ip_address, -5)
t(ipaddress.ip_address, 2**128)
t(ipaddress.ip_address, 2**32)
t(ipaddress.ip_address, 7)
t(ipaddress.ip_address, b"\x00" * 16)
t(ipaddress.ip_address, b"\x00" * 5)
