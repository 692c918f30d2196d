def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

m = memoryview(bytearray(8))
for fmt in 'fde':
    v = m.cast(fmt)
    for x in [0.0, -0.0, 1.5, 1/3, 1e10, 65504.0, 65520.0, 1e-8, 6e-8, 1e-300, 1e300, float('inf'), float('-inf'), 7, 2**70, True, 'x', None, b'a']:
        try:
            v[0] = x
            r = v[0]
        except (ValueError, TypeError, OverflowError) as e:
            r = '%s: %s' % (type(e).__name__, e)
        print(fmt, repr(x), repr(r))
    v[0] = float('nan')
    print(fmt, 'nan', v[0] != v[0])
show('huge int to d', lambda: m.cast('d').__setitem__(0, 2**2000))
class F:
    def __float__(self): return 2.5
v = m.cast('d')
v[0] = F()
print(v[0])
