# JSONDecoder's attributes: the hooks as given or their defaults, and the
# scanner made from them.
import json

d = json.JSONDecoder()
print(d.object_hook, d.object_pairs_hook, d.parse_float, d.parse_int, d.strict, d.memo)
print(d.parse_constant('NaN'), d.parse_constant('-Infinity'), d.parse_constant('Infinity'))
try:
    d.parse_constant('nope')
except KeyError as e:
    print('KeyError:', e)
print(type(d.scan_once).__name__, d.parse_string is json.decoder.scanstring)
d2 = json.JSONDecoder(object_hook=list, parse_float=str, parse_int=str, parse_constant=len, strict=False,
                      object_pairs_hook=tuple)
print(d2.object_hook, d2.parse_float, d2.parse_int, d2.parse_constant, d2.strict, d2.object_pairs_hook)
s = d2.scan_once
print(s.strict, s.object_hook, s.object_pairs_hook, s.parse_float, s.parse_int, s.parse_constant)
print(s('[1.5, 2, NaN, {"a": 1}]', 0))
try:
    json.JSONDecoder(1)
except TypeError as e:
    print('TypeError:', e)
