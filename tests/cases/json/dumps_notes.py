# The notes an error gains on its way out of nested containers, in the
# one-shot encoder and in the chunked one.
import json
from collections import OrderedDict

def notes(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e, getattr(e, '__notes__', None))

nan = float('nan')
cases = [[1, [2, object()]], {'a': {'b': object()}}, [{'k': [0, 1, {(1,): 2}]}], (1, (2, object())),
         OrderedDict(a=[object()]), [{1: object()}], {2: [nan]}, [[[nan]]]]
for doc in cases:
    notes(lambda: json.dumps(doc, allow_nan=False))
    notes(lambda: list(json.JSONEncoder(allow_nan=False).iterencode(doc)))
notes(lambda: json.dumps(nan, allow_nan=False))
notes(lambda: json.dumps([object()], default=lambda o: [nan], allow_nan=False))
notes(lambda: list(json.JSONEncoder(default=lambda o: [nan], allow_nan=False).iterencode([object()])))
