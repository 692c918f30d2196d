# Defaults, default factories and the mutable default check.
from dataclasses import dataclass, field


@dataclass
class C:
    items: list = field(default_factory=list)
    names: dict = field(default_factory=dict)
    n: int = 3


a, b = C(), C()
a.items.append(1)
print(a, b, a.items is b.items, C([9], n=4))
print(C.__doc__, C.__init__.__annotations__)
print('items' in C.__dict__, C.n)


def attempt(make):
    try:
        print(make())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)


def mutable(kind):
    def build():
        @dataclass
        class M:
            x: object = kind()
        return M
    return build


attempt(mutable(list))
attempt(mutable(dict))
attempt(mutable(set))
attempt(mutable(tuple))
attempt(mutable(frozenset))


class Unhashable:
    __hash__ = None


attempt(mutable(Unhashable))
attempt(lambda: field(default=1, default_factory=list))


def order():
    @dataclass
    class B:
        x: int = 1
        y: int
    return B


attempt(order)


def no_annotation():
    @dataclass
    class B:
        x: int = field()
        y = field(default=1)
    return B


attempt(no_annotation)
