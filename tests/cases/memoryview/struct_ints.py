def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

m = memoryview(bytearray(8))
for fmt in 'bBhHiI':
    v = m.cast(fmt)
    for x in [0, 1, -1, 127, 128, 255, 256, 32767, 32768, 65535, 65536, 2**31 - 1, 2**31, 2**32 - 1, 2**32, -2**31, -2**31 - 1]:
        try:
            v[0] = x
            r = v[0]
        except (ValueError, TypeError) as e:
            r = '%s: %s' % (type(e).__name__, e)
        print(fmt, x, r)
