# Dropping the last reference to a deeply nested structure frees it without
# running out of C stack, whatever kind of object the levels are.
N = 200000

def check(name, build):
    x = build()
    x = None
    print(name, "freed")

def nest(wrap):
    def build():
        x = None
        for i in range(N):
            x = wrap(x)
        return x
    return build

check("list", nest(lambda x: [x]))
check("tuple", nest(lambda x: (x,)))
check("dict", nest(lambda x: {"k": x}))
check("dict key", nest(lambda x: {(x,): None}))
check("frozenset", nest(lambda x: frozenset([x])))
check("set of frozensets", nest(lambda x: [{frozenset([1])}, x]))
check("list of pairs", nest(lambda x: [bytearray(1), x, "s"]))
check("slice", nest(slice))
check("dict values view", nest(lambda x: {1: x}.values()))
check("dict items view", nest(lambda x: {1: x}.items()))
check("mapping proxy", nest(lambda x: type(type.__dict__)({"k": x})))
check("list iterator", nest(lambda x: iter([x])))
check("tuple iterator", nest(lambda x: iter((x,))))
check("reversed", nest(lambda x: reversed([x])))
check("range in list", nest(lambda x: [range(3), x]))
check("zip", nest(lambda x: zip([x])))
check("map", nest(lambda x: map(abs, [x])))
check("filter", nest(lambda x: filter(None, [x])))
check("enumerate", nest(lambda x: enumerate([x])))
check("generic alias", nest(lambda x: list[x]))

# a long linked list, each node also holding a few siblings
def linked():
    head = None
    for i in range(N):
        head = {"next": head, "items": [i, str(i)], "t": (i,)}
    return head
check("linked dicts", linked)

# several long chains joined end to end
def joined():
    first = cur = [None]
    for part in range(4):
        for i in range(50000):
            cur[0] = [None]
            cur = cur[0]
    return first
check("joined", joined)

# freeing happens at the same point of the program as for a shallow object
x = nest(lambda x: [x])()
print("before")
del x
print("after")
