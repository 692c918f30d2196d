# enum: combined flag values are made once and then found again; names of unnamed bits.
from enum import Flag, IntFlag

class Perm(Flag):
    R = 4
    W = 2
    X = 1

a = Perm.R | Perm.W
b = Perm(6)
print(a is b, a is Perm.W | Perm.R, hash(a) == hash(b), a == b, {a: 1}[b])
print(sorted(k for k in Perm._value2member_map_))

class Wide(IntFlag):
    A = 1
    B = 4
w = Wide(1 | 2 | 4 | 16)
print(repr(w), w.name, list(w), len(w), w.value)
print(repr(Wide(2)), Wide(2).name, list(Wide(2)), repr(~Wide(2)))

class Big(Flag):
    A = 1 << 70
    B = 1 << 3
print(repr(Big.A | Big.B), list(Big), repr(~Big.B))
try:
    Big(1)
except ValueError as e:
    print('ValueError', e)
