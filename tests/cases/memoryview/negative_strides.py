def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

b = bytearray(range(10))
m = memoryview(b)
r = m[::-1]
print(r.strides, r.tolist(), r.c_contiguous, r.contiguous)
r[0] = 100
print(b)
r2 = r[::-2]
print(r2.strides, r2.tolist())
r3 = r[1:8:3]
print(r3.strides, r3.tolist(), r3.tobytes(), r3.hex())
r3[:] = b'xyz'
print(b)
print(bytes(r3), r3 == bytes(r3))
show('cast', lambda: r.cast('B'))
show('join', lambda: b''.join([r]))
e = m[5:2]
print(e.shape, e.tolist(), e.tobytes(), e.c_contiguous, e == b'')
e2 = m[::-1][5:5]
print(e2.shape, e2.strides, e2.c_contiguous)
