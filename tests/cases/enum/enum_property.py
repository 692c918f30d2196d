# enum: enum.property lets members be named like properties, such as name and value.
from enum import Enum, property as enum_property

class Field(Enum):
    name = 1
    value = 2
    size = 3

print(list(Field), Field.name, Field.value, Field.name.name, Field.name.value, Field.value.name, Field.size.value)

class Item(Enum):
    A = 1
    B = 2
    @enum_property
    def double(self):
        return self.value * 2

print(Item.A.double, Item.B.double)
try:
    Item.double
except AttributeError as e:
    print('AttributeError', e)
try:
    Item.A.name = 'Z'
except AttributeError as e:
    print('AttributeError', e)
try:
    del Item.A.value
except AttributeError as e:
    print('AttributeError', e)
print(type(Item.__dict__['name']).__name__ if 'name' in Item.__dict__ else 'inherited', Item.A.name)
