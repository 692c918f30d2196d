# _json.make_encoder used directly: its arguments, their checks, and the
# 1-tuple its call returns.
import _json
import json.encoder

E = _json.make_encoder
print(E, json.encoder.c_make_encoder is E, E.__doc__)
enc = E(None, repr, json.encoder.encode_basestring, None, ': ', ', ', False, False, True)
print(enc([1, 'a', {'k': object}], 0)[0].split(' at ')[0])
enc = E({}, str, json.encoder.encode_basestring_ascii, '  ', ':', ',', True, True, False)
print(enc({'b': [1, 2], 'a': {}, (1,): 0}, 0))
print(enc([1, [2]], 2))
print(E(None, str, lambda s: '<' + s + '>', None, '=', ';', False, False, True)({'k': ['v']}, 0))
for args in [([], None, None, None, ':', ',', False, False, True),
             (None, None, None, None, 1, ',', False, False, True),
             (None, None, None, None, ':', 2, False, False, True),
             (None, None, None, None)]:
    try:
        E(*args)
    except TypeError as e:
        print('TypeError:', e)
bad = E(None, None, lambda s: 5, None, ':', ',', False, False, True)
for v in (['a'], {'a': 1}, 'a'):
    try:
        bad(v, 0)
    except TypeError as e:
        print('TypeError:', e, getattr(e, '__notes__', None))
try:
    enc([1])
except TypeError as e:
    print('TypeError:', e)
