# uuid3 and uuid5: name-based UUIDs are deterministic.
import uuid

for ns in (uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID,
           uuid.NAMESPACE_X500, uuid.NIL, uuid.MAX):
    print(ns, uuid.uuid3(ns, 'python.org'), uuid.uuid5(ns, 'python.org'))
for name in ('', 'é', 'a' * 1000, b'bytes', b'', '\u20ac'):
    u3 = uuid.uuid3(uuid.NAMESPACE_URL, name)
    u5 = uuid.uuid5(uuid.NAMESPACE_URL, name)
    print(repr(u3), u3.version, u3.variant, repr(u5), u5.version, u5.variant)
for args in (('x', 'y'), (uuid.NAMESPACE_DNS, 5), (uuid.NAMESPACE_DNS, None),
             (None, 'x')):
    for f in (uuid.uuid3, uuid.uuid5):
        try:
            print(f(*args))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
