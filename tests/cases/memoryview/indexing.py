def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

m = memoryview(b'abcdefgh')
for k in [0, 3, -1, -8, 8, -9, 2**70, 1.5, None, 'a', (), (0,), (0, 0), ...]:
    show(repr(k), lambda: m[k])
class Idx:
    def __index__(self): return 2
show('index obj', lambda: m[Idx()])
