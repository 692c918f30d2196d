# compile() checks its arguments as CPython does (cipy has no compiler, so
# only the errors are compared).
import sys
for a, kw in (((5, 'f', 'x'), {}), ((5, 'f', 'exec'), {}), (('1', 'f', 'x'), {}), (('1', 5, 'exec'), {}),
              (('1', 'f', 'exec', 0x99999), {}), (('1', 'f', 'exec'), {'optimize': 3}),
              (('1', 'f', 'func_type'), {}), (('1', 'f', 5), {}), (('1', 'f', 'exec\0'), {}),
              (('1', 'f\0', 'exec'), {}), (('1', bytearray(b'f'), 'exec'), {}),
              (('1', 'f', 'exec'), {'flags': 'a'}), (('1', 'f', 'exec'), {'_feature_version': 'x'}),
              (('1', 'f', 'x'), {'optimize': 7}), (('1', 'f'), {}), ((), {'source': '1', 'filename': 'f', 'mode': 'exec', 'bogus': 1})):
    try:
        compile(*a, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    compile(5, 'f', 'exec', 1 << 40)
except OverflowError as e:
    print('OverflowError', e)
