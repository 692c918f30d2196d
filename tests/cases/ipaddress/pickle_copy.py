# Copying and __reduce__ of every class (scope ids survive).
import copy
import ipaddress

objs = [ipaddress.IPv4Address("1.2.3.4"), ipaddress.IPv6Address("2001:db8::1"),
        ipaddress.IPv6Address("fe80::1%eth0"), ipaddress.IPv4Network("10.0.0.0/8"),
        ipaddress.IPv6Network("2001:db8::/32"), ipaddress.IPv6Network("fe80::%eth0/64"),
        ipaddress.IPv4Interface("10.1.2.3/8"), ipaddress.IPv6Interface("fe80::1%eth0/64")]
for o in objs:
    r = o.__reduce__()
    print(r[0].__name__, r[1])
    back = r[0](*r[1])
    assert back == o and type(back) is type(o), (o, back)
    print(o.__reduce_ex__(2)[1] == r[1])
    c = copy.copy(o)
    d = copy.deepcopy(o)
    print(repr(c), c == o, repr(d), d == o, hash(d) == hash(o))
