# Repeated keys: the last one wins in a dict, all stay with
# object_pairs_hook; keys that only become equal as JSON are both written.
import json

print(json.loads('{"a": 1, "a": 2, "b": 3, "a": 4}'))
print(json.loads('{"a": 1, "a": 2}', object_pairs_hook=list))
print(json.dumps({1: 'int', '1': 'str', 1.0 + 0.5: 'f'}))
print(json.loads(json.dumps({1: 'int', '1': 'str'})))
print(json.loads('{"x": {"y": 1}, "x": {"z": 2}}'))
