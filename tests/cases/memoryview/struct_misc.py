def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

m = memoryview(bytearray(4))
c = m.cast('c')
c[0] = b'x'
print(c[0], c.tolist())
for x in [b'', b'ab', 'a', 97, bytearray(b'a')]:
    show('c %r' % (x,), lambda: c.__setitem__(1, x))
q = m.cast('?')
for x in [0, 1, 2, '', 'a', None, [], [0], 0.0]:
    q[0] = x
    print('? %r' % (x,), q[0])
raw = memoryview(b'\x00\x01\x02\xff').cast('?')
print(raw.tolist())
half = memoryview(b'\x00\x3c\x00\xc0\x00\x7c\x01\x00').cast('e')
print(half.tolist())
