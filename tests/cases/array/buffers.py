# lib: arrcheck
import array
from arrcheck import show
for code in "bBhHiIlLqQfdw":
    a = array.array(code, 'ab' if code == 'w' else [1, 2])
    m = memoryview(a)
    print(code, m.format, m.itemsize, m.nbytes, m.shape, m.strides, m.readonly, m.ndim, m.contiguous, len(m))
    m.release()
m = memoryview(array.array('i', [1, 2, 3]))
print(m.tolist(), m[1], m[::2].tolist(), bytes(m[1:]), m.obj)
m[0] = 42
print(m.obj, m.cast('B').tolist()[:4])
show("write bad", lambda: m.__setitem__(0, 2**40))
m.release()
d = array.array('d', [0.5, 1.5])
with memoryview(d) as md:
    md[1] = 9.25
print(d)
show("w tolist", lambda: memoryview(array.array('w', 'a')).tolist())
e = memoryview(array.array('q'))
print(e.tolist(), e.nbytes, bytes(e))
b = array.array('B', b'hello')
print(b.tobytes().upper(), bytes(b), b'%s' % b, bytearray(b), b'ell' in bytes(b))
print(array.array('b', b'ab').__buffer__(0).format, type(array.array('b').__buffer__(0)).__name__)
f = array.array('f', [1.0])
mv = memoryview(f).cast('B')
mv[3] = 0x7f
print(f)
show("int.from_bytes", lambda: int.from_bytes(array.array('H', [1, 2]), 'little'))
show("bytes.join", lambda: b'-'.join([array.array('b', [65]), b'B']))
print([n for n in dir(array.array) if n.startswith('__') and n != '__module__'])
a = array.array('h', [1, 2])
mv = a.__buffer__(0x11c)
print(mv.format, mv.tolist())
show("resize while __buffer__ view", lambda: a.append(3))
a.__release_buffer__(mv)
show("after release", lambda: (a.append(3), a)[1])
show("release wrong", lambda: a.__release_buffer__(1))
