# iterencode(o, _one_shot=True) gives the whole text at once, with every
# option; encode() joins whatever iterencode gives.
import json

doc = {'a': [1, 2, {'b': None}], 'c': 'd'}
for kw in [{}, {'indent': 2}, {'sort_keys': True}, {'separators': (',', ':')}, {'ensure_ascii': False}]:
    pieces = json.JSONEncoder(**kw).iterencode(doc, _one_shot=True)
    print(type(pieces).__name__, len(pieces), list(pieces))
print(json.JSONEncoder().iterencode('s', True), json.JSONEncoder().iterencode(None, True))
