def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))
import io, os, sys
nc = memoryview(b'aXbXc')[::2]
rel = memoryview(b'abc'); rel.release()
for name, obj in [('nc', nc), ('rel', rel)]:
    show(name + ' bytesio write', lambda: io.BytesIO().write(obj))
    show(name + ' bytesio init', lambda: io.BytesIO(obj))
    show(name + ' buffered write', lambda: io.BufferedWriter(io.BytesIO()).write(obj))
    show(name + ' fileio write', lambda: open(os.devnull, 'wb', buffering=0).write(obj))
    show(name + ' os.write', lambda: os.write(1, obj))
    show(name + ' join', lambda: b''.join([obj]))
    show(name + ' concat', lambda: b'' + obj)
    show(name + ' bytes', lambda: bytes(obj))
    show(name + ' find', lambda: b'abc'.find(obj))
    show(name + ' int', lambda: int(obj))
    show(name + ' float', lambda: float(obj))
    show(name + ' str', lambda: str(obj, 'ascii'))
    show(name + ' readinto', lambda: io.BytesIO(b'x').readinto(obj))
    show(name + ' eq', lambda: b'abc' == obj)
    show(name + ' extend', lambda: bytearray().extend(obj))
    show(name + ' ba init', lambda: bytearray(obj))
    show(name + ' %b', lambda: b'%b' % obj)
    show(name + ' writev', lambda: os.writev(1, [obj]))
    show(name + ' in', lambda: obj in b'abc')
    show(name + ' hex', lambda: obj.hex())
