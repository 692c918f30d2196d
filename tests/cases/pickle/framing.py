# Protocol 4+ frames: big pickles are cut into frames of about 64 KiB,
# large payloads go outside them, and tiny frames are dropped.
import io
import pickle
import pickletools


def frames(data):
    out = []
    for op, arg, pos in pickletools.genops(data):
        if op.name == 'FRAME':
            out.append((pos, arg))
    return out


for proto in (4, 5):
    for obj in [list(range(30000)), ['s%d' % i for i in range(20000)],
                ['x' * 70000], [b'y' * 70000, b'z'], 'w' * 65536, b'v' * 65535,
                [1], [], {str(i): i for i in range(10000)}]:
        s = pickle.dumps(obj, proto)
        print(proto, len(s), frames(s)[:6], len(frames(s)), pickle.loads(s) == obj)

# the same bytes through a file
buf = io.BytesIO()
obj = [list(range(5000)), 'q' * 100000, list(range(5000))]
pickle.dump(obj, buf, 4)
print(buf.getvalue() == pickle.dumps(obj, 4), frames(buf.getvalue()))
buf.seek(0)
print(pickle.load(buf) == obj, buf.tell())

# frames in the input need not be where the pickler puts them
print(pickle.loads(b'\x80\x04\x95\x01\x00\x00\x00\x00\x00\x00\x00N\x95\x01\x00\x00\x00\x00\x00\x00\x00.'))
print(pickle.loads(b'\x80\x04N.'))
