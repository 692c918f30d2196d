# skipkeys leaves out the members whose keys JSON cannot write, with the
# separators still right (first, middle and last members skipped).
import json

d = {(1,): 'first', 'a': 1, (2,): 'mid', 'b': 2, (3,): 'last'}
print(json.dumps(d, skipkeys=True))
print(json.dumps(d, skipkeys=True, indent=2))
print(json.dumps({(1,): 1}, skipkeys=True), json.dumps({(1,): 1}, skipkeys=True, indent=2))
print(list(json.JSONEncoder(skipkeys=True).iterencode(d)))
print(list(json.JSONEncoder(skipkeys=True, indent=1).iterencode({(1,): 1})))
print(json.dumps({b'x': 1, 'y': {b'z': 2}}, skipkeys=True, sort_keys=False))
