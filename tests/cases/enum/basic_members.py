# enum: members, lookups by name and value, aliases, iteration order, len and __members__.
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(2), Color['BLUE'], Color.CRIMSON is Color.RED, Color(1).name)
print(list(Color), len(Color), list(reversed(Color)))
print(Color.__members__)
print(type(Color.__members__).__name__, list(Color.__members__.items()))
print(isinstance(Color.RED, Color), type(Color.RED), Color, type(Color))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, Color.RED is Color['CRIMSON'])
print(hash(Color.RED) == hash('RED'), bool(Color), bool(Color.RED))
print({Color.RED: 'r', Color.GREEN: 'g'}[Color.CRIMSON])
print(Color._member_names_, Color._value2member_map_)
print(Color.RED.__class__.__name__, Color.__name__, Color.__qualname__, Color.__module__)
