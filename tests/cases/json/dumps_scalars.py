# dumps of the scalar types: None, booleans, ints of every size, floats in
# CPython's repr, strings.
import json

for v in [None, True, False, 0, 1, -1, 7, 2**31, 2**63, -2**64, 10**30, -(10**50) + 1,
          0.0, -0.0, 1.0, -1.5, 0.1, 1/3, 2/3, 1e16, 1e15, 1e-5, 1e-7, 123456789.0,
          1.7976931348623157e308, 5e-324, 2.5e-300, 1e22, 1e21, 100.0, 12345678901234567.0,
          '', 'a', 'hello world', "it's", '"quoted"']:
    print(repr(v), json.dumps(v))
print(json.dumps(True, indent=4), json.dumps(None, sort_keys=True), json.dumps(1.5, separators=(';', '=')))
