from collections import deque, defaultdict, OrderedDict, Counter, namedtuple


def rebuild(obj):
    r = obj.__reduce__()
    cls, args = r[0], r[1]
    new = cls(*args)
    state = r[2] if len(r) > 2 else None
    if state:
        new.__dict__.update(state)
    if len(r) > 3 and r[3] is not None:
        for x in r[3]:
            new.append(x)
    if len(r) > 4 and r[4] is not None:
        for k, v in r[4]:
            new[k] = v
    return new


P = namedtuple('P', 'a b')
for obj in (deque([1, 2, 3]), deque('ab', maxlen=2), defaultdict(list, {1: [2]}), defaultdict(None, x=1),
            OrderedDict(b=1, a=2), Counter('hello')):
    new = rebuild(obj)
    print(type(new).__name__, new, new == obj)
p = P(1, 2)
print(P(*p.__getnewargs__()) == p, P.a.__reduce__())


class D(deque):
    pass


d = D([1])
d.note = 'n'
new = rebuild(d)
print(type(new).__name__, new, new.note)
