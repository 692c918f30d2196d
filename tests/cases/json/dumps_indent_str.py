# indent as a string: tabs, several characters, the empty string.
import json

doc = [1, {'a': [2, 3], 'b': {'c': None}}, []]
for ind in ['\t', '--', '', ' ', '\u00b7\u00b7', '\n']:
    print(repr(json.dumps(doc, indent=ind)))
print(json.dumps({'z': 1, 'a': [True]}, indent='>>', sort_keys=True))
