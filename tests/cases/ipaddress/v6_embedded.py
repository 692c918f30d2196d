# IPv6 embedded IPv4: ipv4_mapped, sixtofour, teredo; scope ids.
import ipaddress

for s in ["::ffff:1.2.3.4", "::ffff:0:0", "::fffe:1.2.3.4", "::1.2.3.4", "2002:c000:0204::1",
          "2002::", "2003::1", "2001:0000:4136:e378:8000:63bf:3fff:fdd2", "2001::",
          "2001:1::1", "2001:0:ffff:ffff:ffff:ffff:ffff:ffff", "::", "fe80::1%eth0",
          "2002:102:304:5::%lo"]:
    a = ipaddress.IPv6Address(s)
    print(s, repr(a.ipv4_mapped), repr(a.sixtofour), repr(a.teredo), repr(a.scope_id))
for s in ["fe80::1%eth0", "fe80::1%1", "fe80::1%%", "fe80::1%", "::%x", "%x", "fe80::1%ab%c",
          "fe80::1%a b", "fe80::1%eth0/64", "fe80::1%ünï"]:
    try:
        a = ipaddress.IPv6Address(s)
        print(repr(a), a.scope_id, a.packed.hex())
    except Exception as e:
        print(type(e).__name__, e)
for s in ["fe80::1%eth0/64", "fe80::%eth0/64", "fe80::1%eth0/128"]:
    for cls in (ipaddress.IPv6Interface, ipaddress.IPv6Network):
        try:
            o = cls(s)
            print(repr(o), o.scope_id if hasattr(o, "scope_id") else o.network_address.scope_id)
        except Exception as e:
            print(type(e).__name__, e)
print(ipaddress.IPv6Network("fe80::1%eth0/64", strict=False).network_address.scope_id)
