from collections import UserString
from collections.abc import Sequence


class Upper(UserString):
    def __init__(self, seq):
        super().__init__(str(seq).upper())


u = Upper('abc')
print(u, type(u + 'x').__name__, u + 'x', u[1], type(u[1:]).__name__, isinstance(u, Sequence))
print(u.lower(), type(u.lower()).__name__, u.split('B'), u.find(UserString('C')), u.count(UserString('A')))
print(u.replace(UserString('A'), UserString('z')), list(u), u.index('C'), reversed(u).__class__.__name__)
s = UserString('x')
print(s * 3, s < UserString('y'), s == 'x', {s: 1}[UserString('x')], repr(s % ()), UserString('%d') % 5)
print(UserString('a,b').partition(','), UserString('  x ').strip(), UserString('tab\tx').expandtabs(2))
print(UserString('Hi').center(6), UserString('Hi').ljust(4, '-'), UserString('7').zfill(3), UserString('ab').swapcase())
print(UserString('a').__getnewargs__(), UserString('x').join(['1', '2']), len(UserString('')), bool(UserString('')))
