# parse_float: called with the text of each number that has a fraction or
# an exponent.
import json

print(json.loads('[1.5, 2, 3e2, -0.0, 1E-2, 4]', parse_float=str))
print(json.loads('{"v": 0.1}', parse_float=lambda s: ('F', s)))
print(json.loads('1.0', parse_float=float), json.loads('1e400', parse_float=len))
try:
    json.loads('[1.5]', parse_float=int)
except ValueError as e:
    print('ValueError:', e)
class Exact:
    def __init__(self, text):
        self.text = text
    def __repr__(self):
        return 'Exact(%s)' % self.text
print(json.loads('[0.10000000000000000001, 1e-999]', parse_float=Exact))
