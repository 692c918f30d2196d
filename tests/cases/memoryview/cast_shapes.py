def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

m = memoryview(bytes(range(24)))
for shape in [[24], [2, 12], [2, 3, 4], [4, 3, 2], (1, 24), [1, 1, 24]]:
    v = m.cast('B', shape)
    print(shape, v.ndim, v.shape, v.strides, v.c_contiguous, v.f_contiguous, len(v))
v = m.cast('h', [3, 4])
print(v.tolist(), v.nbytes, v.itemsize)
z = m[:8].cast('q', [])
print(z.ndim, z.shape, z.strides, z.tolist(), z[()], z.tobytes())
show('len 0-dim', lambda: len(z))
show('index 0-dim', lambda: z[0])
show('iter 0-dim', lambda: list(z))
show('ellipsis', lambda: z[...].tolist())
show('3d item', lambda: m.cast('B', [2, 3, 4])[1, 2, 3])
show('3d neg', lambda: m.cast('B', [2, 3, 4])[-1, -1, -1])
show('3d oob', lambda: m.cast('B', [2, 3, 4])[0, 3, 0])
show('3d int', lambda: m.cast('B', [2, 3, 4])[0])
show('3d partial', lambda: m.cast('B', [2, 3, 4])[0, 0])
show('3d too many', lambda: m.cast('B', [2, 3, 4])[0, 0, 0, 0])
show('3d slices', lambda: m.cast('B', [2, 3, 4])[0:1, 0:1])
show('3d slice first', lambda: m.cast('B', [2, 3, 4])[1:].tolist())
show('mixed', lambda: m.cast('B', [2, 3, 4])[0:1, 0])
