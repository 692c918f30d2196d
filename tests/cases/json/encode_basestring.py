# The string encoders json.encoder exposes (the C ones of _json).
import json.encoder
import _json

for f in (json.encoder.encode_basestring, json.encoder.encode_basestring_ascii,
          _json.encode_basestring, _json.encode_basestring_ascii):
    print(f.__name__, ascii(f('a"b\\c\x00\x1f\x7f\xe9\u2028\U0001f600\ud800')))
    for bad in (1, b'x', None):
        try:
            f(bad)
        except TypeError as e:
            print('TypeError:', e)
print(json.encoder.encode_basestring is _json.encode_basestring)
print(json.encoder.c_encode_basestring_ascii is _json.encode_basestring_ascii)
print(json.encoder.encode_basestring_ascii.__doc__)
class S(str):
    pass
print(json.encoder.encode_basestring(S('sub')))
print(json.encoder.encode_basestring_ascii('x' * 50 + '\n' + 'y' * 50))
