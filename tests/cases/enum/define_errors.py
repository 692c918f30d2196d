# enum: the errors a class body can cause, with CPython's texts.
from enum import Enum, IntEnum, Flag

def attempt(name, f):
    try:
        r = f()
        print(name, 'ok', r)
    except Exception as e:
        print(name, type(e).__name__, e)

def reuse():
    class X(Enum):
        A = 1
        A = 2
attempt('reuse', reuse)

def member_then_method():
    class X(Enum):
        A = 2
        def A(self):
            pass
attempt('member_then_method', member_then_method)

def sunder():
    class X(Enum):
        _x_ = 1
attempt('sunder', sunder)

def invalid_name():
    class X(Enum):
        mro = 1
attempt('invalid_name', invalid_name)

class Color(Enum):
    RED = 1

def extend():
    class More(Color):
        BLUE = 2
attempt('extend', extend)

def bad_order():
    class X(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
attempt('bad_order', bad_order)

def good_order():
    class X(Enum):
        _order_ = 'A B'
        A = 1
        B = 2
    return list(X)
attempt('good_order', good_order)

def bad_mixin_order():
    class X(Enum, int):
        A = 1
attempt('bad_mixin_order', bad_mixin_order)


def intenum_str():
    class X(IntEnum):
        A = 'a'
attempt('intenum_str', intenum_str)

def ignore_set():
    class X(Enum):
        A = 1
        _ignore_ = 'A'
attempt('ignore_set', ignore_set)
