def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

m = memoryview(b'abcdefgh')
show('tobytes', lambda: m.tobytes())
show('tolist', lambda: m.tolist())
for order in ['C', 'F', 'A', None, 'X', 5]:
    show('order %r' % (order,), lambda: m[::-1].tobytes(order))
m2 = m.cast('B', [2, 4])
show('2d tolist', lambda: m2.tolist())
show('2d tobytes F', lambda: m2.tobytes('F'))
show('2d tobytes C', lambda: m2.tobytes('C'))
show('3d tolist', lambda: m.cast('B', [2, 2, 2]).tolist())
show('c tolist', lambda: m.cast('c').tolist())
