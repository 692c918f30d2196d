# Floats (specials, text and binary forms) and strings (escapes of the
# protocol 0 form, surrogates, lengths around 255 and beyond).
import math
import pickle

floats = [0.0, -0.0, 1.5, -2.25, 1e300, 5e-324, 1/3, float('inf'), float('-inf'), 1e16, 123456789.0]
strings = ['', 'a', '\\', '\n', '\r', '\x00', '\x1a', 'tab\there', '\x7f\x80\xff', '\u0100',
           '\uffff', '\U00010000', '\U0010ffff', '\ud800', 'a\udfffb', 'x' * 255, 'y' * 256,
           '\u00e9' * 128, 'mixed \u00e9\u4e2d\U0001f600 \\u0041']
for proto in range(6):
    for f in floats:
        s = pickle.dumps(f, proto)
        r = pickle.loads(s)
        print(proto, s, r == f and math.copysign(1, r) == math.copysign(1, f))
    s = pickle.dumps(float('nan'), proto)
    print(s, math.isnan(pickle.loads(s)))
    for t in strings:
        s = pickle.dumps(t, proto)
        r = pickle.loads(s)
        print(proto, s if len(s) < 60 else (len(s), s[:30]), r == t)


class MyStr(str):
    pass


for proto in range(6):
    m = MyStr('sub')
    m.extra = 1
    r = pickle.loads(pickle.dumps(m, proto))
    print(type(r).__name__, r, r.extra)
print(pickle.loads(b'F-nan\n.'), pickle.loads(b'Finf\n.'))
try:
    pickle.loads(b'F1e500\n.')
except OverflowError as e:
    print(e)
print(pickle.loads(b'V\\u00e9\\U0001f600\n.'), pickle.loads(b'X\x03\x00\x00\x00\xe2\x82\xac.'))
