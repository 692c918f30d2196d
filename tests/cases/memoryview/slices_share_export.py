def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

b = bytearray(b'0123456789')
m = memoryview(b)
a = m[2:5]
c = memoryview(m)
m.release()
print(a.tobytes(), c.tobytes())
show('resize while views', lambda: b.extend(b'!'))
a.release()
show('still c', lambda: b.extend(b'!'))
del c
b.extend(b'!')
print(b)
