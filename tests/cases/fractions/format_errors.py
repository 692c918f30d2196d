# Format specifications Fraction refuses.
from fractions import Fraction as F

for s in ['010', 'z', '.2', 'd', 'x', 'n', 's', '<015.1f', 'x<015.1f', '^015,.1f', '01', 'z,', '.3', ',_',
          '_,f', '10.3', '.f', 'ff', '#0', 'c', '%%']:
    try:
        print(repr(s), repr(format(F(1, 3), s)))
    except ValueError as e:
        print(repr(s), e)
class G(F):
    pass
try:
    format(G(1, 2), 'q')
except ValueError as e:
    print(e)
