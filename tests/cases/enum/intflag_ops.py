# enum: IntFlag members are ints: arithmetic, comparisons, str() and format() are the int's.
from enum import IntFlag, auto

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
    RWX = 7

print(repr(Perm.R | Perm.W), str(Perm.R | Perm.W), format(Perm.RWX), f'{Perm.R:b}', f'{Perm.R|Perm.X:08b}')
print(Perm.R + 1, Perm.R * 2, Perm.R > Perm.W, Perm.R == 4, int(Perm.W), Perm.R - Perm.X, -Perm.R)
print(repr(Perm(0)), repr(Perm(8)), repr(Perm(15)), repr(Perm(-8)), repr(~Perm.R), repr(~Perm.RWX))
print(list(Perm), list(Perm.RWX), len(Perm.RWX), Perm.RWX.name, Perm(3).name, Perm(0).name)
print(isinstance(Perm.R, int), Perm.R in Perm.RWX, 3 in Perm, sorted([Perm.R, Perm.X, Perm.W]))
print(repr(Perm.R | 8), repr(Perm.R & 12), repr(Perm.R ^ Perm.RWX), repr(1 | Perm.W), repr(Perm.R & 0))
print(hash(Perm.R) == hash('R'), {Perm.R: 1}[Perm.R], [bin(p) for p in Perm])
print(Perm.R.bit_length(), (Perm.R | Perm.W).bit_count(), Perm.W.to_bytes(1, 'big'))
