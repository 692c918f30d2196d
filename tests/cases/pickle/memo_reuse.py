# A Pickler and an Unpickler used for several objects: the shared memo,
# clear_memo(), Pickler.memo, fast mode.
import io
import pickle

shared = ['shared', 1]
buf = io.BytesIO()
p = pickle.Pickler(buf, 2)
p.dump(shared)
print(sorted((k == id(shared), v[0]) for k, v in p.memo.copy().items()))
p.dump([shared, shared])
p.clear_memo()
print(p.memo.copy())
p.memo.clear()
p.dump(shared)
print(buf.getvalue())
buf.seek(0)
u = pickle.Unpickler(buf)
a = u.load()
b = u.load()
c = u.load()
print(a, b[0] is a, b[1] is a, c is a, c == a)

buf = io.BytesIO()
p = pickle.Pickler(buf, 2)
p.fast = True
print(p.fast)
p.dump([shared, shared, (shared,)])
print(buf.getvalue())
print(pickle.loads(buf.getvalue()))
for proto in range(6):
    buf = io.BytesIO()
    p = pickle.Pickler(buf, proto)
    for i in range(3):
        p.dump(('t', i))
    buf.seek(0)
    u = pickle.Unpickler(buf)
    print(proto, [u.load() for i in range(3)])
