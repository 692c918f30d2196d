def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

import os
m = memoryview(b'hello world')
show('bytes', lambda: bytes(m))
show('bytes slice', lambda: bytes(m[::2]))
show('bytearray slice', lambda: bytearray(m[::-1]))
show('bytes cast', lambda: bytes(memoryview(b'abcd').cast('i')))
show('join', lambda: b'-'.join([m[:5], b'x', bytearray(b'y')]))
show('join noncontig', lambda: b''.join([m[::2]]))
show('concat', lambda: b'>' + m[:5])
show('concat noncontig', lambda: b'>' + m[::2])
show('ba extend', lambda: bytearray(b'a') + m[6:])
show('from_bytes', lambda: int.from_bytes(m[:2], 'big'))
show('from_bytes noncontig', lambda: int.from_bytes(m[::5], 'little'))
show('decode', lambda: str(m[:5], 'ascii'))
show('find', lambda: b'xx hello'.find(m[:5]))
show('startswith', lambda: b'hello'.startswith(m[:3]))
show('in', lambda: m[:4] in b'oh hell')
r, w = os.pipe()
os.write(w, m[6:])
os.close(w)
print(os.read(r, 100))
os.close(r)
