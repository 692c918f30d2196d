def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

b = bytearray(b'abcdefgh')
m = memoryview(b)
m[0:2] = b'XY'
m[::2] = b'1234'
print(b)
m[:] = m[::-1]
print(b)
m[2:4] = bytearray(b'..')
m[4:6] = memoryview(b'__')
print(b)
show('size', lambda: m.__setitem__(slice(0, 2), b'abc'))
show('format', lambda: m.__setitem__(slice(0, 2), memoryview(b'ab').cast('c')))
show('str', lambda: m.__setitem__(slice(0, 2), 'ab'))
show('list', lambda: m.__setitem__(slice(0, 2), [1, 2]))
show('empty', lambda: m.__setitem__(slice(3, 3), b''))
print(b)
