# object_hook: called with each dict, innermost first; what it returns
# takes the dict's place.
import json

seen = []
def hook(d):
    seen.append(sorted(d))
    return ('obj', d)

print(json.loads('{"a": {"b": {"c": 1}}, "d": [{"e": 2}, {}]}', object_hook=hook))
print(seen)
print(json.loads('[{"x": 1}]', object_hook=lambda d: d.get('x')))
print(json.loads('{}', object_hook=len), json.loads('[]', object_hook=len))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
print(json.loads('[{"x": 1, "y": 2}, {"x": 3, "y": 4}]', object_hook=lambda d: Point(**d)))
try:
    json.loads('{"a": 1}', object_hook=lambda d: 1 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(json.JSONDecoder(object_hook=dict.items).decode('{"k": "v"}'))
