# dump/load through files: several pickles in one stream, the position
# after each load, real files, and objects lacking read/write.
# cwd: tmp
import io
import pickle

buf = io.BytesIO()
for proto in range(6):
    pickle.dump({'proto': proto, 'data': list(range(proto))}, buf, proto)
buf.write(b'tail')
buf.seek(0)
for proto in range(6):
    print(pickle.load(buf), buf.tell())
print(buf.read())

with open('data.pkl', 'wb') as f:
    pickle.dump(['x' * 100, 12345678901234567890], f)
    p = pickle.Pickler(f, 1)
    p.dump('second')
with open('data.pkl', 'rb') as f:
    print(pickle.load(f))
    print(pickle.Unpickler(f).load())
    try:
        pickle.load(f)
    except EOFError as e:
        print('EOFError', e)

class OnlyRead:
    def read(self, n):
        return b''


for bad in [OnlyRead(), 5]:
    try:
        pickle.load(bad)
    except TypeError as e:
        print(e)
try:
    pickle.dump(1, 'not a file')
except TypeError as e:
    print(e)

class Chunks:
    """A file that gives at most 3 bytes per read."""
    def __init__(self, data):
        self.data = data

    def read(self, n):
        out, self.data = self.data[:min(n, 3)], self.data[min(n, 3):]
        return out

    def readline(self):
        i = self.data.find(b'\n') + 1 or len(self.data)
        out, self.data = self.data[:i], self.data[i:]
        return out


for proto in (0, 4):
    try:
        print(pickle.load(Chunks(pickle.dumps(['abc', 1.5], proto))))
    except Exception as e:
        print(type(e).__name__, e)

class Writes:
    def __init__(self):
        self.parts = []

    def write(self, b):
        self.parts.append(bytes(b))


w = Writes()
pickle.dump([1, 2, 3], w, 5)
print(b''.join(w.parts))
print(pickle.load(io.BytesIO(b'')) if False else 'ok')
try:
    pickle.load(io.BytesIO(b''))
except EOFError as e:
    print('EOFError', e)
try:
    pickle.load(io.BytesIO(b'\x80\x04\x95\x10\x00\x00\x00\x00\x00\x00\x00N.'))
except Exception as e:
    print(type(e).__name__, e)
