# address_exclude, collapse_addresses, summarize_address_range and their errors.
import ipaddress
from ipaddress import IPv4Network as N4, IPv6Network as N6, IPv4Address as A4, IPv6Address as A6


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: list(N4("1.0.0.0/8").address_exclude(N4("1.2.3.0/24"))))
t(lambda: list(N4("1.0.0.0/8").address_exclude(N4("1.255.255.255/32"))))
t(lambda: list(N4("1.0.0.0/8").address_exclude(N4("1.0.0.0/8"))))
t(lambda: list(N4("1.0.0.0/8").address_exclude(N4("1.0.0.0/9"))))
t(lambda: list(N4("1.0.0.0/8").address_exclude(N4("2.0.0.0/16"))))
t(lambda: list(N4("1.0.0.0/8").address_exclude(N4("0.0.0.0/0"))))
t(lambda: list(N4("1.0.0.0/8").address_exclude(N6("::/8"))))
t(lambda: list(N4("1.0.0.0/8").address_exclude(A4("1.0.0.0"))))
t(lambda: N4("1.0.0.0/8").address_exclude(N6("::/8")).__class__.__name__)
t(lambda: list(N6("2001:db8::/120").address_exclude(N6("2001:db8::80/125"))))
t(lambda: list(ipaddress.collapse_addresses([A4("1.1.1.0"), A4("1.1.1.1"), A4("1.1.1.2"), A4("1.1.1.3")])))
t(lambda: list(ipaddress.collapse_addresses([A4("1.1.1.1"), A4("1.1.1.2"), A4("1.1.1.3"), A4("1.1.1.4")])))
t(lambda: list(ipaddress.collapse_addresses([N4("1.1.0.0/24"), N4("1.1.1.0/24"), N4("1.1.2.0/23")])))
t(lambda: list(ipaddress.collapse_addresses([N4("1.1.0.0/16"), N4("1.1.1.0/24"), A4("1.1.9.9")])))
t(lambda: list(ipaddress.collapse_addresses([N4("10.0.0.0/8"), A4("11.0.0.0"), N4("9.0.0.0/8"), N4("11.0.0.0/31")])))
t(lambda: list(ipaddress.collapse_addresses([N4("1.1.1.0/32"), N4("1.1.1.1/32")])))
t(lambda: list(ipaddress.collapse_addresses([ipaddress.IPv4Interface("1.1.1.1/24"), A4("1.1.1.0")])))
t(lambda: list(ipaddress.collapse_addresses([])))
t(lambda: list(ipaddress.collapse_addresses([A6("::1"), A6("::"), N6("::2/127"), N6("::4/126")])))
t(lambda: list(ipaddress.collapse_addresses([A4("1.1.1.1"), A6("::1")])))
t(lambda: list(ipaddress.collapse_addresses([N4("1.1.1.0/24"), N6("::/64")])))
t(lambda: list(ipaddress.collapse_addresses(iter([A4("5.5.5.5"), A4("5.5.5.5")]))))
t(lambda: type(ipaddress.collapse_addresses([A4("5.5.5.5")])).__name__ != "list")
t(lambda: list(ipaddress.summarize_address_range(A4("1.1.1.0"), A4("1.1.1.255"))))
t(lambda: list(ipaddress.summarize_address_range(A4("1.1.1.1"), A4("1.1.2.6"))))
t(lambda: list(ipaddress.summarize_address_range(A4("0.0.0.0"), A4("255.255.255.255"))))
t(lambda: list(ipaddress.summarize_address_range(A4("255.255.255.255"), A4("255.255.255.255"))))
t(lambda: list(ipaddress.summarize_address_range(A4("0.0.0.1"), A4("255.255.255.254"))))
t(lambda: list(ipaddress.summarize_address_range(A6("::1"), A6("::10"))))
t(lambda: list(ipaddress.summarize_address_range(A6("::"), A6("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"))))
t(lambda: list(ipaddress.summarize_address_range(A4("1.1.1.2"), A4("1.1.1.1"))))
t(lambda: list(ipaddress.summarize_address_range(A4("1.1.1.2"), A6("::1"))))
t(lambda: list(ipaddress.summarize_address_range(N4("1.1.1.0/24"), A4("1.1.1.1"))))
t(lambda: list(ipaddress.summarize_address_range(1, 2)))
t(lambda: ipaddress.summarize_address_range(1, 2).__class__.__name__)
