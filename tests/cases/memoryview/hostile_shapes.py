def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

m = memoryview(bytes(64))
show('many dims', lambda: m.cast('B', [1] * 64).ndim)
show('65 dims', lambda: m.cast('B', [1] * 65))
show('huge dims', lambda: m.cast('B', [2**40, 2**40]))
show('huge product', lambda: m.cast('B', [2**31] * 3))
show('maxsize', lambda: m.cast('B', [2**63 - 1]))
show('negative', lambda: m.cast('B', [-64]))
show('zero', lambda: m.cast('B', [0, 64]))
show('bool shape', lambda: m.cast('B', [True, 64]).shape)
show('float shape', lambda: m.cast('B', [64.0]))
show('nested', lambda: m.cast('B', [[64]]))
show('dict', lambda: m.cast('B', {64: 1}))
show('deep tolist', lambda: len(str(m.cast('B', [2] * 6).tolist())))
show('all ones shape', lambda: m.cast('B', [1] * 63 + [64]).tolist() is not None)
show('all ones 3 item', lambda: m.cast('B', [1] * 63 + [64])[(0,) * 63 + (63,)])
show('bad idx', lambda: m.cast('B', [1] * 63 + [64])[(0,) * 62 + (1, 0)])
big = memoryview(bytes(10))
show('huge index', lambda: big[2**62])
show('huge slice', lambda: big[-2**62:2**62:2**61].tobytes())
show('huge neg step', lambda: big[::-2**62].tobytes())
class LyingList(list):
    def __len__(self):
        return 1000
show('lying len', lambda: m.cast('B', LyingList([8, 8])).shape)
class LyingTuple(tuple):
    def __len__(self):
        return 1
show('lying tuple', lambda: m.cast('B', [4, 4, 4]).cast('B', LyingTuple((64, 1))))
