# Dict keys of the types JSON writes as strings: bool, None, int, float,
# and int/float subclasses (through int.__repr__ and float.__repr__).
import json
import enum

class Color(enum.IntEnum):
    RED = 1

class Half(float):
    def __repr__(self):
        return 'Half!'

class Big(int):
    def __repr__(self):
        return 'Big!'

print(json.dumps({True: 1, False: 2, None: 3, 0: 4, -7: 5, 2**70: 6, 0.5: 7, -0.0: 8, 1e100: 9}))
print(json.dumps({Color.RED: 'r', Half(2.5): 'h', Big(12): 'b'}))
print(json.dumps({1: 'int', '1': 'str'}))
print(json.dumps({True: 'a', 'true': 'b'}))
print(list(json.JSONEncoder().iterencode({Color.RED: 'r', Half(2.5): 'h', Big(12): 'b', None: 0})))
print(json.loads(json.dumps({1: 1, 2.0: 2, None: 3})))
