# enum: what a failed lookup raises, with CPython's texts.
from enum import Enum, IntEnum, StrEnum

class Color(Enum):
    RED = 1
    GREEN = 2

def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: Color(3))
attempt(lambda: Color('RED'))
attempt(lambda: Color['BLACK'])
attempt(lambda: Color[1])
attempt(lambda: Color(None))
attempt(lambda: Color([1]))
attempt(lambda: Color.BLACK)
attempt(lambda: Color.RED.foo)

class Num(IntEnum):
    ONE = 1

attempt(lambda: Num(2))
attempt(lambda: Num('1'))
attempt(lambda: Num(1.0))

class S(StrEnum):
    A = 'a'

attempt(lambda: S('b'))
attempt(lambda: S('a'))
