def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

raw = bytes(range(1, 17))
for fmt in 'BbchHiIlLqQnNfd?e':
    m = memoryview(raw).cast(fmt)
    vals = m.tolist()
    print(fmt, m.itemsize, m.shape, m.format, vals[:3])
show('@B', lambda: memoryview(raw).cast('@B').format)
show('back', lambda: memoryview(raw).cast('i').cast('B').tolist()[:4])
