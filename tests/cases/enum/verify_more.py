# enum: verify and unique on flags, functional enums and non-enums; alias errors.
from enum import *
import enum
def t(f):
    try: r = f(); print("ok", repr(r))
    except Exception as e: print(type(e).__name__, e)
class P(Flag):
    A = 1; B = 2; AB = 3
t(lambda: unique(P))
t(lambda: verify(UNIQUE)(P))
t(lambda: verify(CONTINUOUS)(Enum('E', [('A', 1), ('B', 4), ('C', 6)])))
t(lambda: verify(UNIQUE)(int))
t(lambda: verify(NAMED_FLAGS)(Flag('F', [('A', 1), ('C', 6)])))
t(lambda: verify(NAMED_FLAGS)(Flag('F', [('A', 1), ('C', 2), ('D', 12)])))
t(lambda: verify(CONTINUOUS, UNIQUE)(IntEnum('E', 'a b c')))
t(lambda: verify(CONTINUOUS)(Enum('E', [('A', 'x'), ('B', 'y')])))
t(lambda: P.A._add_value_alias_(2))
t(lambda: P.A._add_alias_('B'))
t(lambda: unique(Enum('E', [('A', 1), ('B', 1), ('C', 1)])))
