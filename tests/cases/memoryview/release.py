def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

b = bytearray(b'abc')
m = memoryview(b)
m.release()
m.release()
for name in ['tobytes', 'tolist', 'hex', 'toreadonly']:
    show(name, lambda: getattr(m, name)())
for name in ['format', 'shape', 'nbytes', 'obj', 'readonly', 'c_contiguous']:
    show(name, lambda: getattr(m, name))
show('len', lambda: len(m))
show('getitem', lambda: m[0])
show('setitem', lambda: m.__setitem__(0, 1))
show('iter', lambda: iter(m))
show('hash', lambda: hash(m))
show('cast', lambda: m.cast('B'))
show('eq self', lambda: m == m)
show('eq other', lambda: m == memoryview(b'abc'))
show('memoryview of released', lambda: memoryview(m))
show('repr', lambda: repr(m).startswith('<released memory at 0x'))
b.append(100)
print(b)
