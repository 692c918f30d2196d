# iterencode() without one shot yields the document in pieces: which
# pieces, under each layout option.
import json

doc = [1, {'a': [1.5, None, True], 'b': {}, 'c': []}, 'x', [], [[2]], {'d': {'e': False}}]
for kw in [{}, {'indent': 2}, {'indent': 0}, {'sort_keys': True}, {'separators': (',', ':')},
           {'indent': '\t', 'separators': (';', '=')}]:
    print(kw, list(json.JSONEncoder(**kw).iterencode(doc)))
for v in [5, 's', 1.5, None, True, [], {}, [[]], {'k': {}}, (1,), {'k': [1]}]:
    print(list(json.JSONEncoder().iterencode(v)), list(json.JSONEncoder(indent=1).iterencode(v)))
print(list(json.JSONEncoder(default=lambda o: [list(o)]).iterencode([{1}, frozenset()])))
print(list(json.JSONEncoder(default=lambda o: sorted(o)).iterencode({'k': {1, 2}})))
gen = json.JSONEncoder().iterencode([1, 2])
print(next(gen), next(gen), next(gen), list(gen))
