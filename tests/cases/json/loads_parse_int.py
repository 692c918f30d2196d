# parse_int: called with the text of each number without fraction or
# exponent (big ones too, past the int digits limit).
import json

print(json.loads('[1, -2, 0, 1.5, 30]', parse_int=str))
print(json.loads('[7]', parse_int=float), json.loads('12', parse_int=lambda s: s[::-1]))
print(len(json.loads('1' * 5000, parse_int=str)))
try:
    json.loads('[1, 2]', parse_int=lambda s: 1 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(json.loads('{"a": 10}', parse_int=lambda s: int(s, 16)))
print(json.JSONDecoder(parse_int=None).parse_int, json.JSONDecoder(parse_int=str).parse_int)
