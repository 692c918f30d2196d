def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

m = memoryview(b'abcdefgh')
for s in [slice(1, 5), slice(None, None, 2), slice(None, None, -1), slice(6, 1, -2),
          slice(10, 20), slice(-3, None), slice(None, None, 3)]:
    v = m[s]
    print(s, v.tobytes(), v.shape, v.strides, v.nbytes, v.c_contiguous, len(v))
show('step 0', lambda: m[::0])
show('nested', lambda: m[::2][::-1].tobytes())
show('nested2', lambda: m[1:][::3][1:].tolist())
show('slice of slice obj', lambda: m[2:4].obj is m.obj)
