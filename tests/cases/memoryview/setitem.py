def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

b = bytearray(b'abcdefgh')
m = memoryview(b)
m[0] = 65
m[-1] = 0x5a
print(b)
for v in [256, -1, 1.5, b'a', 'a', None]:
    show('m[1] = %r' % (v,), lambda: m.__setitem__(1, v))
show('del', lambda: m.__delitem__(0))
show('ro', lambda: memoryview(b'ab').__setitem__(0, 1))
show('bad key', lambda: m.__setitem__('x', 1))
show('oob', lambda: m.__setitem__(8, 1))
print(b)
