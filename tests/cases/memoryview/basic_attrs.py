def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

m = memoryview(b'abcdef')
for name in ['format', 'itemsize', 'ndim', 'shape', 'strides', 'nbytes', 'readonly',
             'suboffsets', 'c_contiguous', 'f_contiguous', 'contiguous']:
    show(name, lambda: getattr(m, name))
show('obj is', lambda: m.obj is not None and m.obj == b'abcdef')
show('len', lambda: len(m))
w = memoryview(bytearray(b'xy'))
show('bytearray readonly', lambda: w.readonly)
show('type', lambda: type(m).__name__)
show('doc', lambda: memoryview.__doc__)
