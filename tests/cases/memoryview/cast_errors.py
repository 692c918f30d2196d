def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

m = memoryview(b'abcdefgh')
for args in [('x',), ('=B',), ('BB',), ('',), ('<i',), ('i', [3]), ('i', [1, 2]), ('i', [2, 1]),
             ('B', [1] * 65), ('B', [0]), ('B', [2, -4]), ('B', [2, 'a']), ('B', 5),
             ('B', [2**62, 2**62]), ('B', [2**63]), (5,)]:
    show(repr(args), lambda: m.cast(*args).tolist())
show('3 bytes as i', lambda: memoryview(b'abc').cast('i'))
show('non-contig', lambda: m[::2].cast('B'))
show('two non-byte', lambda: m.cast('i').cast('h'))
show('same non-byte', lambda: m.cast('i').cast('i'))
show('nd to nd', lambda: m.cast('B', [2, 4]).cast('B', [4, 2]))
show('nd to 1d', lambda: m.cast('B', [2, 4]).cast('c', [8]).tolist())
show('kw', lambda: m.cast(format='h', shape=(2, 2)).tolist())
show('missing', lambda: m.cast())
