# The generated docstring and __dataclass_params__.
from dataclasses import dataclass, field, KW_ONLY


class Custom:
    pass


@dataclass(order=True, unsafe_hash=True)
class C:
    a: int
    b: 'str'
    c: list[int] = field(default_factory=list)
    d: Custom = None
    e: float = 1.5
    _: KW_ONLY
    f: tuple = ()


print(C.__doc__)
print(C.__dataclass_params__)


@dataclass
class Documented:
    """Its own words."""
    x: int


print(Documented.__doc__)
