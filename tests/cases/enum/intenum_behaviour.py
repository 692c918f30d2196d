# enum: IntEnum members are ints everywhere an int goes.
from enum import IntEnum

class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2
    ALIAS = 2

class Request(IntEnum):
    POST = 1
    GET = 2

print(Shape.CIRCLE == 1, Shape.CIRCLE == Request.POST, Shape.SQUARE < 3, sorted([Shape.SQUARE, Shape.CIRCLE]))
print(int(Shape.CIRCLE), [i for i in range(Shape.SQUARE)], ['a', 'b', 'c'][Shape.CIRCLE])
print(Shape.CIRCLE + Shape.SQUARE, Shape.SQUARE ** 3, Shape.SQUARE / 2, divmod(Shape.SQUARE, 3), abs(Shape.CIRCLE))
print(type(Shape.CIRCLE + 1), isinstance(Shape.CIRCLE, int), Shape(2) is Shape.ALIAS, Shape.ALIAS.name)
print(str(Shape.CIRCLE), repr(Shape.CIRCLE), format(Shape.CIRCLE, '>3'), '%d %s %r' % (Shape.SQUARE, Shape.SQUARE, Shape.SQUARE))
print(hex(Shape.SQUARE), '{:x}'.format(Shape.SQUARE), f'{Shape.CIRCLE:+}', max(Shape), min(Shape))
print(Shape.CIRCLE.real, Shape.CIRCLE.value, Shape.CIRCLE.name, Shape.CIRCLE._value_)
print({Shape.CIRCLE: 'c'}.get(1), {1: 'one'}[Shape.CIRCLE], Shape.SQUARE in [2], 2 in Shape)
print(list(Shape), Shape.__members__)
