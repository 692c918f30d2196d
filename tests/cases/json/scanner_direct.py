# The scanner json.scanner.make_scanner makes, called directly: (value,
# end) pairs, StopIteration(idx) where no value starts, its argument checks.
import json
import json.scanner
import _json

ctx = json.JSONDecoder()
scan = json.scanner.make_scanner(ctx)
print(json.scanner.make_scanner is _json.make_scanner, json.scanner.c_make_scanner is _json.make_scanner)
print(type(scan), scan.__class__.__name__, _json.make_scanner.__doc__)
for text, idx in [('[1]', 0), ('  "x"', 2), ('1 2', 2), ('null', 0), ('[1', 3), ('x', 0), ('', 0), ('[1]', 5)]:
    try:
        print(repr(text), idx, scan(text, idx))
    except StopIteration as e:
        print(repr(text), idx, 'StopIteration', e.value, e.args)
    except json.JSONDecodeError as e:
        print(repr(text), idx, 'JSONDecodeError', e)
for args in [('[1]',), (b'[1]', 0), ('[1]', -1), ('[1]', 1.0), ('[1]', '0')]:
    try:
        scan(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(scan(string='[2]', idx=0))
try:
    _json.make_scanner(1)
except AttributeError as e:
    print('AttributeError:', e)
class Ctx:
    strict = False
    object_hook = None
    object_pairs_hook = list
    parse_float = str
    parse_int = str
    parse_constant = str
s2 = _json.make_scanner(Ctx())
print(s2('{"a": [1.5, 2, NaN, "\t"]}', 0))
