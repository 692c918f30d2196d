# InitVar and ClassVar pseudo-fields: fields() leaves them out.
from dataclasses import dataclass, field, fields, InitVar


@dataclass
class C:
    x: int
    count: 'ClassVar[int]' = 0
    seed: InitVar[int] = None

    def __post_init__(self, seed):
        type(self).count += 1


C(1)
C(2, 3)
print(C.count, [f.name for f in fields(C)], list(C.__dataclass_fields__))
print([repr(C.__dataclass_fields__[n]._field_type) for n in C.__dataclass_fields__])
print(InitVar[int], InitVar[list[int]], InitVar['X'], repr(InitVar[int].type))
print(C.__doc__, C.__match_args__)
print(C(1) == C(1, 99), C(4))
try:
    @dataclass
    class D:
        n: 'ClassVar[list]' = field(default_factory=list)
except TypeError as e:
    print('TypeError:', e)
try:
    @dataclass
    class E:
        n: 'ClassVar[int]' = field(default=1, kw_only=True)
except TypeError as e:
    print('TypeError:', e)
