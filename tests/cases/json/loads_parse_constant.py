# parse_constant: called with 'NaN', 'Infinity' or '-Infinity'; raising
# from it rejects them.
import json

print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=str))
print(json.loads('{"a": NaN}', parse_constant=lambda c: None))
v = json.loads('[NaN, Infinity, -Infinity]')
print(v, v[0] != v[0])
def reject(c):
    raise ValueError('constant not allowed: ' + c)
for text in ['NaN', '[1, Infinity]', '{"x": -Infinity}']:
    try:
        json.loads(text, parse_constant=reject)
    except ValueError as e:
        print(type(e).__name__, e)
for text in ['nan', 'infinity', '-infinity', '+Infinity', 'NAN', '-NaN']:
    try:
        print(json.loads(text))
    except json.JSONDecodeError as e:
        print(repr(text), e)
