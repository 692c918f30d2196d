# persistent_id / persistent_load: objects kept outside the pickle, by
# subclass methods and by instance attributes, in text and binary forms.
import io
import pickle


class Ref:
    def __init__(self, key):
        self.key = key


DB = {'alpha': Ref('alpha'), 'beta': Ref('beta')}


class P(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Ref):
            return ('ref', obj.key)
        return None


class U(pickle.Unpickler):
    def persistent_load(self, pid):
        if isinstance(pid, str):   # protocol 0 keeps only str(pid)
            kind, key = 'text', pid.split("'")[3]
        else:
            kind, key = pid
        print('load', kind, key)
        return DB[key]


for proto in range(6):
    buf = io.BytesIO()
    P(buf, proto).dump([DB['alpha'], {'b': DB['beta']}, DB['alpha'], 3])
    data = buf.getvalue()
    print(proto, data)
    r = U(io.BytesIO(data)).load()
    print(r[0] is DB['alpha'], r[1]['b'] is DB['beta'], r[2] is r[0], r[3])

# protocol 0 writes the id as text: str() of it, ASCII only
class TextP(pickle.Pickler):
    def persistent_id(self, obj):
        return obj if isinstance(obj, str) and obj.startswith('@') else None


for pid in ['@plain', '@caf\u00e9']:
    buf = io.BytesIO()
    try:
        TextP(buf, 0).dump([pid, 'x'])
        print(buf.getvalue())
    except pickle.PicklingError as e:
        print('PicklingError', e)

# an instance attribute works too
buf = io.BytesIO()
p = pickle.Pickler(buf, 2)
p.persistent_id = lambda obj: 'ID' if obj == 42 else None
p.dump([41, 42, 43])
print(buf.getvalue())
u = pickle.Unpickler(io.BytesIO(buf.getvalue()))
u.persistent_load = lambda pid: 'resolved ' + pid
print(u.load())

# no persistent_load: CPython's error
for data in [buf.getvalue(), b'P1\n.']:
    try:
        pickle.loads(data)
    except pickle.UnpicklingError as e:
        print('UnpicklingError', e)

# the persistent id itself may be any picklable object, not looked up again
class Nested(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Ref):
            return [obj.key, ('inner', 1)]
        return None


buf = io.BytesIO()
try:
    Nested(buf, 4).dump(Ref('outer'))
    print(buf.getvalue())
except Exception as e:
    print(type(e).__name__, e)
