# format() of addresses: s, b, x, X, n with '#' and '_', and unsupported specs.
import ipaddress

vals = [ipaddress.IPv4Address("1.2.3.4"), ipaddress.IPv4Address("255.0.171.205"),
        ipaddress.IPv6Address("::1:2"), ipaddress.IPv6Address("2001:db8::abcd"),
        ipaddress.IPv6Address("fe80::1%eth0"), ipaddress.IPv4Interface("1.2.3.4/24")]
for v in vals:
    for spec in ["", "s", "b", "x", "X", "n", "#b", "#x", "#X", "#n", "_b", "_x", "_X", "_n",
                 "#_b", "#_x", "#_X", "#_n", "z", ">20", "d", "#", "_", "bb", "10b", "s ", " s", ">20s", "^9s", "<5s", "s5"]:
        try:
            print(repr(spec), repr(format(v, spec)))
        except Exception as e:
            print(repr(spec), type(e).__name__, e)
    print(f"{v}|{v!r}|{v:s}")
