# str/repr, exploded/compressed, packed, reverse_pointer and the with_* forms.
import ipaddress

objs = []
for s in ["0.0.0.0", "1.2.3.4", "255.255.255.255"]:
    objs.append(ipaddress.IPv4Address(s))
for s in ["::", "::1", "1::", "1:0:0:2:0:0:3:4", "1:0:2:0:3:0:4:0", "0:0:1:0:0:0:0:1",
          "1:0:0:0:1:0:0:0", "2001:DB8::ABCD", "0:0:0:0:0:0:0:0", "1:2:3:4:5:6:7:8",
          "::ffff:1.2.3.4", "::ffff:0:0", "::fffe:1.2.3.4", "fe80::1%eth0", "fe80::1%1",
          "::ffff:1.2.3.4%x", "0:0:0:0:0:1:0:0"]:
    objs.append(ipaddress.IPv6Address(s))
for s in ["1.2.3.0/24", "0.0.0.0/0", "1.2.3.4/32"]:
    objs.append(ipaddress.IPv4Network(s))
for s in ["2001:db8::/32", "::/0", "::ffff:0:0/96", "fe80::%eth0/64", "::1/128"]:
    objs.append(ipaddress.IPv6Network(s))
for s in ["1.2.3.4/24", "1.2.3.4/255.255.0.0", "1.2.3.4/0.0.0.255"]:
    objs.append(ipaddress.IPv4Interface(s))
for s in ["2001:db8::1/32", "fe80::1%eth0/64", "::ffff:1.2.3.4/96", "::1/128", "::ffff:1.2.3.4%x/96",
          "fe80::1%x/96", "::/0"]:
    objs.append(ipaddress.IPv6Interface(s))
for o in objs:
    print(repr(o), str(o), o.compressed, o.version, o.max_prefixlen)
    if not isinstance(o, ipaddress.IPv6Network) or o.network_address.scope_id is None:
        # (CPython fails on both for a scoped network)
        print("  ", o.exploded)
        print("  ", o.reverse_pointer)
    for name in ["packed", "with_prefixlen", "with_netmask", "with_hostmask", "scope_id",
                 "prefixlen", "netmask", "hostmask", "ip", "network", "network_address",
                 "broadcast_address", "num_addresses"]:
        if hasattr(o, name):
            print("   %s: %r" % (name, getattr(o, name)))
