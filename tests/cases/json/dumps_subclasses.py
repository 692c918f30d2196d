# Subclasses of the JSON types: ints and floats written through
# int.__repr__ and float.__repr__ (enum members too), str subclasses as
# their characters, list/tuple/dict subclasses as containers.
import json
import enum

class MyInt(int):
    def __repr__(self):
        return 'MyInt()'
    __str__ = __repr__

class MyFloat(float):
    def __repr__(self):
        return 'MyFloat()'

class MyStr(str):
    def __str__(self):
        return 'other'

class MyList(list):
    pass

class MyTuple(tuple):
    pass

class MyDict(dict):
    pass

class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2

class Flag(enum.IntFlag):
    A = 1
    B = 2

class Ratio(float, enum.Enum):
    HALF = 0.5

class Name(str, enum.Enum):
    BOB = 'bob'

doc = [MyInt(5), MyFloat(2.5), MyStr('s'), MyList([1]), MyTuple((2,)), MyDict(a=1),
       Level.HIGH, Flag.A | Flag.B, Ratio.HALF, Name.BOB, True, MyFloat('nan')]
print(json.dumps(doc))
print(list(json.JSONEncoder().iterencode(doc)))
print(json.dumps({MyStr('k'): Level.LOW, Name.BOB: Ratio.HALF}))

class Odd(list):
    def __iter__(self):
        return iter(['iterated'])
    def __len__(self):
        return 3

print(json.dumps(Odd([1, 2])), json.dumps(Odd()))
print(list(json.JSONEncoder().iterencode(Odd([1]))))
