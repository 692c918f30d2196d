def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

ro = memoryview(b'abc')
show('readinto', lambda: __import__('io').BytesIO(b'xyz').readinto(ro))
rw = memoryview(bytearray(3))
print(__import__('io').BytesIO(b'xyz').readinto(rw), rw.tobytes())
show('setitem', lambda: ro.__setitem__(slice(0, 1), b'x'))
