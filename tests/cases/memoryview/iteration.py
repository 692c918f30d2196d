def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

m = memoryview(b'abcde')
show('list', lambda: list(m))
show('reversed', lambda: list(reversed(m)))
show('iter type', lambda: type(iter(m)).__name__)
show('in', lambda: (98 in m, 120 in m, b'a' in m))
show('step', lambda: list(m[::2]))
show('ints', lambda: list(memoryview(b'\x01\x00\x02\x00').cast('h')))
show('2d', lambda: list(m[:4].cast('B', [2, 2])))
it = iter(m)
print(next(it), next(it))
m2 = memoryview(bytearray(b'xy'))
it2 = iter(m2)
print(next(it2))
m2.release()
show('after release', lambda: next(it2))
show('enumerate', lambda: list(enumerate(memoryview(b'ab'))))
