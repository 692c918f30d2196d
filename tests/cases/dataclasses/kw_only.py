# KW_ONLY markers, kw_only=True on the decorator and on single fields.
from dataclasses import dataclass, field, KW_ONLY, fields


def attempt(make):
    try:
        print(make())
    except TypeError as e:
        print('TypeError:', e)


@dataclass
class G:
    _: KW_ONLY
    a: int
    b: int


attempt(lambda: G())
attempt(lambda: G(1))
attempt(lambda: G(1, a=1))
attempt(lambda: G(1, 2, a=1, b=2))
print(G(b=1, a=2), G.__match_args__, G.__doc__)


@dataclass(kw_only=True)
class H:
    a: int
    b: int = field(default=3, kw_only=False)
    c: int = 1


print(H(5, a=1), H.__match_args__, H.__doc__)
print([(f.name, f.kw_only) for f in fields(H)])


@dataclass
class J:
    a: int = 0
    b: int = field(kw_only=True)
    c: int = 5


print(J(1, 2, b=3), J.__doc__)
attempt(lambda: J(1, 2))


def twice():
    @dataclass
    class K:
        _: KW_ONLY
        a: int
        __: KW_ONLY
    return K


attempt(twice)
