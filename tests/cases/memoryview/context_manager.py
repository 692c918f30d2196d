def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

b = bytearray(b'hello')
with memoryview(b) as m:
    print(m.tobytes(), m.readonly)
    show('resize inside', lambda: b.append(1))
show('after', lambda: m.tobytes())
b.append(33)
print(b)
try:
    with memoryview(b) as m2:
        raise KeyError('x')
except KeyError as e:
    print('caught', e)
show('released', lambda: m2[0])
m3 = memoryview(b'x')
m3.release()
try:
    with m3:
        pass
except ValueError as e:
    print('enter released:', e)
