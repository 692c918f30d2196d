# enum: members cannot be reassigned or deleted; other class attributes can.
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2
    def describe(self):
        return self.name.lower()

for action in ('set', 'del', 'set_other', 'del_other', 'set_name'):
    try:
        if action == 'set':
            Color.RED = 5
        elif action == 'del':
            del Color.RED
        elif action == 'set_other':
            Color.extra = 9
            print(Color.extra)
        elif action == 'del_other':
            del Color.extra
            print(hasattr(Color, 'extra'))
        elif action == 'set_name':
            Color.RED.name = 'x'
        print(action, 'ok')
    except AttributeError as e:
        print(action, 'AttributeError', e)
print(Color.RED, Color.GREEN.describe(), list(Color))
try:
    Color.RED._value_ = 7
    print(Color.RED.value)
except AttributeError as e:
    print('AttributeError', e)
