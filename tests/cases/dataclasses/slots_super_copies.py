# super() in a slotted copy of a class, and what asdict copies.
from dataclasses import dataclass, asdict
@dataclass(slots=True)
class B:
    x: int
    def show(self):
        return super().__repr__()[:10], __class__ is type(self)
print(B(1).show())
@dataclass
class H:
    s: set
    b: bytearray
    f: frozenset
h = H({1}, bytearray(b'a'), frozenset({2}))
d = asdict(h)
print(d, d['s'] is h.s, d['b'] is h.b, d['f'] is h.f)
@dataclass(slots=True)
class P2:
    x: int
print('__getstate__' in P2.__dict__, "__setstate__" in P2.__dict__)


class Thing:
    def __init__(self, v):
        self.v = v


@dataclass
class Box:
    thing: Thing
    pairs: dict


t = Thing([1])
box = Box(t, {'t': t})
out = asdict(box)
print(out['thing'] is t, out['thing'].v == t.v, out['thing'].v is t.v)
print(out['pairs']['t'] is t, type(out['pairs']['t']).__name__)
