# The layout is chosen by type(obj).__repr__: subclasses that keep their
# base's __repr__ are spread out like it, those with their own are not.
import collections
import pprint
import types


class D(dict):
    pass


class L(list):
    pass


class T(tuple):
    pass


class Str(str):
    pass


class By(bytes):
    pass


class BA(bytearray):
    pass


class LR(list):
    def __repr__(self):
        return 'LR' + list.__repr__(self)


class DR(dict):
    __repr__ = dict.__repr__


class Quiet(list):
    def __repr__(self):
        return '<quiet>'


big = list(range(8))
for value in (D(a=big, b=1), L(big), T(big), Str('ab cd ef gh ij kl'),
              By(b'abcdefghijklmnopqrstuv'), BA(b'abcdefghijklmnopqrstuv'),
              LR(big), DR(z=big, a=1), [Str('ab cd ef gh ij kl')],
              Quiet(big), [Quiet(big)] * 3):
    print(type(value).__name__, repr(value))
    print(pprint.pformat(value, width=12))
print(pprint.isreadable(Quiet()), pprint.isreadable([LR()]))
print(pprint.saferepr(D(b=[1], a=(2,))), pprint.saferepr(LR([1])))
