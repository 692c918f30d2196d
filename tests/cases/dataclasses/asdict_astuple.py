# asdict() and astuple() recurse through dataclasses and containers.
from dataclasses import dataclass, field, asdict, astuple
from collections import namedtuple, OrderedDict, defaultdict


@dataclass
class Inner:
    a: int
    b: list = field(default_factory=list)


Pair = namedtuple('Pair', 'left right')


@dataclass
class Outer:
    name: str
    inner: Inner
    many: list
    pair: object
    table: dict


o = Outer('o', Inner(1, [2, 3]), [Inner(4), (Inner(5),)],
          Pair(Inner(6), 7), {'k': Inner(8), Inner(9).a: [Inner(10)]})
d = asdict(o)
print(d)
print(type(d['pair']).__name__, type(d['many'][1]).__name__)
print(d['inner']['b'] is o.inner.b, d['inner']['b'] == o.inner.b)
print(astuple(o))
print(asdict(Inner(1), dict_factory=OrderedDict))
print(asdict(Inner(1), dict_factory=lambda pairs: [k for k, v in pairs]))
print(astuple(Inner(1, [1]), tuple_factory=list))
dd = defaultdict(list, {'x': Inner(2)})


@dataclass
class Holder:
    d: dict


h = asdict(Holder(dd))
print(type(h['d']).__name__, h['d'].default_factory, dict(h['d']))
for fn in (asdict, astuple):
    for bad in (Inner, 1, [Inner(1)]):
        try:
            fn(bad)
        except TypeError as e:
            print('TypeError:', e)
