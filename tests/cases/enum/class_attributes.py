# enum: class-level attributes of enum classes and members.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, EnumType, EnumMeta, ReprEnum

class Color(Enum):
    """Colours."""
    RED = 1

for cls in (Enum, IntEnum, StrEnum, Flag, IntFlag, ReprEnum, Color):
    print(cls, type(cls), cls.__mro__, cls._member_type_, cls.__doc__ is None)
print(EnumType is EnumMeta, Color.__doc__, Color.RED.__doc__ is None or Color.RED.__doc__)
print(Color.RED.__objclass__ if hasattr(Color.RED, '__objclass__') else None, Color.RED._sort_order_)
print(isinstance(Color, EnumType), issubclass(Color, Enum), Color.RED.__class__ is Color)
print(Flag._boundary_, IntFlag._boundary_, Color._new_member_ is object.__new__, Color._use_args_)
print(IntEnum._value_repr_ is int.__repr__, Color._value_repr_)
