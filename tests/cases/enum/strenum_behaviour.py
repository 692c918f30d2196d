# enum: StrEnum members are strs; the values it refuses.
from enum import StrEnum, auto

class Color(StrEnum):
    RED = 'red'
    GREEN = auto()
    BLUE = b'b', 'utf-8'

print(list(Color), [str(c) for c in Color], [format(c) for c in Color])
print(Color.RED == 'red', Color.RED.upper(), Color.RED + '!', len(Color.GREEN), Color.RED[0], isinstance(Color.RED, str))
print('%s|%r' % (Color.RED, Color.RED), f'{Color.RED:>8}|', Color('red'), Color('green') is Color.GREEN)
print(','.join(Color), sorted(Color), 'red' in Color, Color.RED in Color)

for body in ([1], ['a', 1], ['a', 'b', 2], ['a', 'b', 'c', 'd'], [b'x', 'ascii', 3], ['a', 'b']):
    try:
        StrEnum('Bad', [('X', tuple(body) if len(body) > 1 else body[0])])
        print('ok')
    except TypeError as e:
        print('TypeError', e)
