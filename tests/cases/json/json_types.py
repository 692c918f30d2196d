# The types of _json: not subclassable, read-only attributes; the notes' type
# names in both encoders.
import json, _json
from collections import OrderedDict
def f():
    class Local(dict): pass
    return Local
L = f()
for doc in [OrderedDict(a=object()), L(b=[object()]), [L(c=object())]]:
    for g in (json.dumps, lambda d: list(json.JSONEncoder().iterencode(d))):
        try: g(doc)
        except TypeError as e: print(e.__notes__)
for t in (_json.make_scanner, _json.make_encoder):
    try:
        class Sub(t): pass
        print('subclassed')
    except TypeError as e: print(e)
print(hash(_json.make_scanner(json.JSONDecoder())) is not None)
s = _json.make_scanner(json.JSONDecoder())
try: s.strict = False
except AttributeError as e: print('AttributeError', e)
print(type(s).__module__, type(s).__name__, type(s).__qualname__)
