def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

m = memoryview(bytearray(8))
for fmt in 'lLqQnNP':
    v = m.cast(fmt)
    for x in [0, -1, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 - 1, 2**64, True]:
        try:
            v[0] = x
            r = v[0]
        except (ValueError, TypeError) as e:
            r = '%s: %s' % (type(e).__name__, e)
        print(fmt, x, r)
class Idx:
    def __index__(self): return 42
v = m.cast('q')
v[0] = Idx()
print(v[0])
class BadIdx:
    def __index__(self): raise RuntimeError('no index')
show('bad index', lambda: v.__setitem__(0, BadIdx()))
