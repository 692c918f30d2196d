# Shared and self-referencing structures: the memo, and the POP/POP_MARK
# sequences for tuples that contain themselves through a list.
import pickle

for proto in range(6):
    print('protocol', proto)
    l = [1, 2]
    l.append(l)
    s = pickle.dumps(l, proto)
    print(s)
    r = pickle.loads(s)
    print(r[2] is r, r[:2])

    d = {'name': 'd'}
    d['self'] = d
    s = pickle.dumps(d, proto)
    print(s)
    r = pickle.loads(s)
    print(r['self'] is r)

    inner = []
    t = (inner, 'x')
    inner.append(t)
    s = pickle.dumps(t, proto)
    print(s)
    r = pickle.loads(s)
    print(r[0][0] is r)

    inner = []
    t4 = (inner, 1, 2, 3, 4)
    inner.append(t4)
    s = pickle.dumps([t4], proto)
    print(s)
    r = pickle.loads(s)
    print(r[0][0][0] is r[0])

    shared = ['same']
    s = pickle.dumps([shared, shared, (shared,), {'k': shared}], proto)
    print(s)
    r = pickle.loads(s)
    print(r[0] is r[1] is r[2][0] is r[3]['k'])

    class_obj = type('X', (), {})
    if proto >= 4:
        fs = []
        f = frozenset([(1, 2)])
        s = pickle.dumps([f, f], proto)
        print(s)
        r = pickle.loads(s)
        print(r[0] is r[1], r[0])
        st = {1, 2}
        s = pickle.dumps([st, st], proto)
        print(s)
        r = pickle.loads(s)
        print(r[0] is r[1], r[0])

p = pickle.Pickler.__new__(pickle.Pickler)
import io
buf = io.BytesIO()
p = pickle.Pickler(buf, 2)
x = ['shared']
p.dump(x)
p.dump(x)
p.clear_memo()
p.dump(x)
print(buf.getvalue())
buf.seek(0)
u = pickle.Unpickler(buf)
a = u.load()
b = u.load()
c = u.load()
print(a, a is b, a is c)
