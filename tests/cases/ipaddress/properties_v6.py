# IPv6 is_* properties (and IPv4-mapped delegation) for addresses, networks, interfaces.
import ipaddress

PROPS = ["is_private", "is_global", "is_loopback", "is_link_local", "is_multicast",
         "is_reserved", "is_unspecified", "is_site_local"]


def flags(obj):
    return "".join("1" if getattr(obj, p) else "." for p in PROPS)


for s in ["::", "::1", "::2", "::ffff:0.0.0.0", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:8.8.8.8",
          "::ffff:100.64.0.1", "::ffff:224.0.0.1", "::ffff:240.0.0.1", "::ffff:169.254.3.3",
          "::fffe:1.2.3.4", "64:ff9b::1.2.3.4", "64:ff9b:1::1", "100::1", "100::1:0:0:0:1",
          "2001::1", "2001:1::1", "2001:1::2", "2001:1::3", "2001:2::1", "2001:3::1", "2001:4:112::1",
          "2001:4:113::1", "2001:10::1", "2001:20::1", "2001:30::1", "2001:40::1", "2001:1ff::1",
          "2001:200::1", "2001:db8::1", "2002::1", "2003::1", "2606:4700::1111", "3fff::1",
          "3fff:1000::1", "4000::1", "fbff::1", "fc00::1", "fdff::1", "fe00::1", "fe7f::1", "fe80::1",
          "febf::1", "fec0::1", "feff::1", "ff00::1", "ff02::1", "fe80::1%eth0", "ffff::"]:
    print(s, flags(ipaddress.IPv6Address(s)))
for s in ["::/0", "::/8", "::/128", "::1/128", "::/127", "::ffff:0:0/96", "::ffff:0:0/95",
          "2001::/23", "2001::/16", "2001:db8::/32", "fc00::/7", "fe80::/10", "fe80::/9",
          "fec0::/10", "ff00::/8", "ff00::/7", "2000::/3", "100::/64", "3fff::/20"]:
    print(s, flags(ipaddress.IPv6Network(s, strict=False)))
for s in ["::/128", "::/127", "::1/128", "::1/127", "fe80::1/64", "::ffff:0:0/96",
          "::ffff:127.0.0.1/96", "2001:db8::1/32", "fec0::1/10"]:
    print(s, flags(ipaddress.IPv6Interface(s)))
