# object_pairs_hook gets the members in order as a list of pairs (repeated
# keys kept) and wins over object_hook.
import json
from collections import OrderedDict

text = '{"b": 1, "a": 2, "b": 3, "c": {"z": 0, "y": []}}'
print(json.loads(text, object_pairs_hook=list))
print(json.loads(text, object_pairs_hook=OrderedDict))
print(json.loads(text, object_pairs_hook=lambda p: len(p), object_hook=lambda d: 'never'))
print(json.loads('{}', object_pairs_hook=tuple), json.loads('[{}]', object_pairs_hook=list))
print(json.loads(text))
print(json.JSONDecoder(object_pairs_hook=dict).decode('{"k": [1, {"n": null}]}'))
try:
    json.loads('{"a": 1}', object_pairs_hook=5)
except TypeError as e:
    print('TypeError:', e)
