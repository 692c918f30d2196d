# scanstring(s, end, strict=True): the string whose opening quote is just
# before end, and the index after its closing quote.
import json.decoder
import _json

sc = json.decoder.scanstring
print(sc is _json.scanstring, json.decoder.c_scanstring is sc)
for args in [('"abc"', 1), ('x"ab\\nc"y', 2), ('"a"', 3), ('"\\u00e9"', 1), ('"a\tb"', 1, False), ('"a\tb"', 1, True),
             ('"unterminated', 1), ('"a"', 0), ('', 0), ('"a"', 4), ('"a"', -1), ('""', 1)]:
    try:
        print(args, sc(*args))
    except (json.decoder.JSONDecodeError, ValueError) as e:
        print(args, type(e).__name__, e)
for args in [(b'"a"', 1), ('"a"', '1'), ('"a"',)]:
    try:
        sc(*args)
    except TypeError as e:
        print('TypeError:', e)
print(sc('"a"', 1, 0), sc('"a"', True))
