# enum: aliases share their canonical member, stay out of iteration, and _add_alias_.
from enum import Enum, IntEnum, Flag

class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2

print(list(Shape), Shape.ALIAS_FOR_SQUARE, Shape(2).name, Shape['ALIAS_FOR_SQUARE'] is Shape.SQUARE)
print([(name, m.name) for name, m in Shape.__members__.items() if m.name != name])
print(Shape._member_names_, len(Shape), Shape._value2member_map_)

Shape.SQUARE._add_alias_('BOX')
print(Shape.BOX, Shape['BOX'], list(Shape.__members__))
Shape.CIRCLE._add_value_alias_(30)
print(Shape(30), Shape(3), 30 in Shape)
try:
    Shape.CIRCLE._add_value_alias_(1)
except ValueError as e:
    print('ValueError', e)
try:
    Shape.CIRCLE._add_alias_('DIAMOND')
except NameError as e:
    print('NameError', e)

class Unhashable(Enum):
    A = [1, 2]
    B = {'x': 1}
    C = [1, 2]
print(list(Unhashable), Unhashable([1, 2]), Unhashable({'x': 1}), Unhashable.C, [1, 2] in Unhashable)
print(Unhashable._unhashable_values_)
