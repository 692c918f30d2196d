def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

b = bytearray(b'abc')
m = memoryview(b)
r = m.toreadonly()
print(m.readonly, r.readonly, r.tobytes(), r.obj is b)
show('write ro', lambda: r.__setitem__(0, 65))
m[0] = 65
print(r.tobytes())
show('ro of ro', lambda: r.toreadonly().readonly)
show('resize', lambda: b.append(1))
m.release()
show('resize after m', lambda: b.append(1))
r.release()
b.append(33)
print(b)
