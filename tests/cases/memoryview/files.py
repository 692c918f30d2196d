def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

import io, os, tempfile
buf = io.BytesIO()
buf.write(memoryview(b'abc'))
buf.write(memoryview(b'xdxexf')[1::2] .tobytes())
print(buf.getvalue())
print(io.BytesIO(memoryview(b'initial')).read())
d = tempfile.mkdtemp()
p = os.path.join(d, 'f.bin')
with open(p, 'wb') as f:
    print(f.write(memoryview(b'0123456789')[2:6]))
with open(p, 'rb') as f:
    print(f.read())
target = bytearray(6)
with open(p, 'rb') as f:
    print(f.readinto(memoryview(target)[1:5]))
print(target)
os.remove(p)
os.rmdir(d)
