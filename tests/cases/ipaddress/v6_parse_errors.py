# IPv6 address parsing: accepted forms and every AddressValueError text.
import ipaddress


def t(f, *a):
    try:
        r = f(*a)
        print(repr(r), str(r) if not isinstance(r, str) else "")
    except Exception as e:
        print(type(e).__name__, e)


for s in ["::", "::1", "1::", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8",
          "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "1::2::3", ":1:2:3:4:5:6:7", "1:2:3:4:5:6:7:",
          ":::", "12345::", "g::", "::ffff:1.2.3.4", "::1.2.3.4", "1.2.3.4::",
          "::ffff:1.2.3", "::ffff:256.1.1.1", "fe80::1%eth0", "fe80::1%", "fe80::1%a%b",
          "fe80::1%a/b", "", ":", "1:", ":1", "0:0:0:0:0:0:0:0", "ABCD:EF01::", "::0000:1",
          "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7:1.2.3.4", "2001:db8::1/64", "1::2:3:4:5:6:7:8",
          "::1:2:3:4:5:6:7", "1:2:3:4:5:6:7::", "00000::", "0x1::", " ::1"]:
    t(ipaddress.IPv6Address, s)
for v in [0, 1, 2**128 - 1, 2**128, -1, b"\x00" * 15 + b"\x01", b"\x00" * 4, "\u0661::"]:
    t(ipaddress.IPv6Address, v)
t(ipaddress.ip_address, "fe80::1%1")
t(ipaddress.ip_address, "1::%")
