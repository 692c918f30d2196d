# Frozen and non-frozen dataclasses cannot inherit from one another.
from dataclasses import dataclass


@dataclass(frozen=True)
class Fz:
    x: int


@dataclass
class Plain:
    x: int


def attempt(make):
    try:
        print(make())
    except TypeError as e:
        print('TypeError:', e)


def thaw():
    @dataclass
    class G(Fz):
        y: int = 0
    return G


def freeze():
    @dataclass(frozen=True)
    class G(Plain):
        y: int = 0
    return G


def overwrite():
    @dataclass(frozen=True)
    class G:
        x: int

        def __setattr__(self, name, value):
            pass
    return G


attempt(thaw)
attempt(freeze)
attempt(overwrite)


@dataclass(frozen=True)
class Fz2(Fz):
    y: int = 7


print(Fz2(1), Fz2(1, 2) == Fz2(1, 2), hash(Fz2(1)) == hash((1, 7)))
