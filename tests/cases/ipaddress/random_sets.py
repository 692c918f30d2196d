# Seeded sweep: collapse_addresses, summarize_address_range, address_exclude,
# subnets/supernet and ordering over random small IPv4 and IPv6 sets.
import ipaddress
import random

rng = random.Random(77)


def rand_net(version):
    width = 32 if version == 4 else 128
    prefix = rng.randrange(width - 10, width + 1)
    base = rng.getrandbits(12) << (width - 12) if rng.random() < 0.5 else 0
    value = base | rng.getrandbits(min(width, 12))
    cls = ipaddress.IPv4Network if version == 4 else ipaddress.IPv6Network
    return cls((value, prefix), strict=False)


for version in (4, 6):
    for _ in range(60):
        nets = [rand_net(version) for _ in range(rng.randrange(1, 7))]
        addrs = [n.network_address + rng.randrange(n.num_addresses) for n in nets[:3]]
        mixed = nets + addrs
        rng.shuffle(mixed)
        print([str(x) for x in ipaddress.collapse_addresses(mixed)])
        a, b = sorted(addrs[:2]) if len(addrs) > 1 else (addrs[0], addrs[0])
        print([str(x) for x in ipaddress.summarize_address_range(a, b)])
        outer = nets[0]
        if outer.prefixlen < outer.max_prefixlen:
            inner = list(outer.subnets(new_prefix=min(outer.max_prefixlen, outer.prefixlen + rng.randrange(1, 5))))
            pick = rng.choice(inner)
            print(outer, pick, [str(x) for x in outer.address_exclude(pick)])
            print(outer.supernet(rng.randrange(0, 4)), pick.supernet(new_prefix=outer.prefixlen) == outer)
        print(sorted(nets) == sorted(nets, key=ipaddress.get_mixed_type_key), [n.overlaps(nets[0]) for n in nets])
