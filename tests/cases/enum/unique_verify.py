# enum: unique and verify (UNIQUE, CONTINUOUS, NAMED_FLAGS) with their errors.
from enum import Enum, Flag, IntFlag, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, EnumCheck

def attempt(f):
    try:
        print('ok', f())
    except ValueError as e:
        print('ValueError', e)

def dup():
    @unique
    class X(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
        E = 3
    return X
attempt(dup)

def fine():
    @unique
    class X(Enum):
        A = 1
        B = 2
    return list(X)
attempt(fine)

def v_unique():
    @verify(UNIQUE)
    class X(Enum):
        A = 1
        B = 1
    return X
attempt(v_unique)

def v_cont():
    @verify(CONTINUOUS)
    class X(Enum):
        A = 1
        B = 2
        C = 5
    return X
attempt(v_cont)

def v_cont_ok():
    @verify(CONTINUOUS)
    class X(Enum):
        A = 1
        B = 2
        C = 3
    return list(X)
attempt(v_cont_ok)

def v_cont_flag():
    @verify(CONTINUOUS)
    class X(Flag):
        A = 1
        B = 2
        C = 8
    return X
attempt(v_cont_flag)

def v_named():
    @verify(NAMED_FLAGS)
    class X(Flag):
        A = 1
        B = 2
        C = 7
    return X
attempt(v_named)

def v_named2():
    @verify(NAMED_FLAGS)
    class X(Flag):
        A = 1
        B = 2
        C = 5
        D = 9
    return X
attempt(v_named2)

def v_named_ok():
    @verify(NAMED_FLAGS)
    class X(Flag):
        A = 1
        B = 2
        C = 3
    return list(X)
attempt(v_named_ok)

print(list(EnumCheck), repr(UNIQUE), str(CONTINUOUS), NAMED_FLAGS.value)
