# separators: compact, unusual, combined with indent, given as a list.
import json

doc = {'a': [1, 2], 'b': {'c': 3}}
for seps in [(',', ':'), (', ', ': '), (';', '='), ('', ''), (' , ', ' : '), [',', ':']]:
    print(repr(json.dumps(doc, separators=seps)))
    print(repr(json.dumps(doc, separators=seps, indent=2)))
print(json.dumps(doc, indent=2, separators=None))
for bad in [(',',), (1, 2, 3), 'ab', ',:']:
    try:
        print(repr(json.dumps(doc, separators=bad)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
