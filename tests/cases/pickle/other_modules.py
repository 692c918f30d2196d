# Objects of other modules that reduce through copyreg or their own
# __reduce__: compiled patterns, BytesIO, UUID.
import io
import pickle
import re
import uuid

for proto in range(6):
    p = re.compile(r'a+b', re.I)
    q = pickle.loads(pickle.dumps(p, proto))
    print(proto, q, q == p, q.match('AAb'))
    b = io.BytesIO(b'abc')
    b.read(1)
    try:
        c = pickle.loads(pickle.dumps(b, proto))
        print(c.read(), c.tell())
    except TypeError as e:
        print(proto, e)
    u = uuid.UUID('12345678123456781234567812345678')
    print(pickle.loads(pickle.dumps(u, proto)) == u, len(pickle.dumps(u, proto)))
