# UUIDs copy and reduce through __getstate__/__setstate__, with is_safe.
import copy
import uuid

u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u.__getstate__(), u.__reduce_ex__(2)[1:])
s = uuid.UUID(int=5, is_safe=uuid.SafeUUID.safe)
print(s.__getstate__(), s.is_safe, repr(s.is_safe), s == uuid.UUID(int=5))
for x in (u, s, uuid.UUID(int=9, is_safe=uuid.SafeUUID.unsafe)):
    c = copy.copy(x)
    d = copy.deepcopy(x)
    print(c, d, c == x, d.is_safe, c is x)
v = uuid.UUID.__new__(uuid.UUID)
v.__setstate__({'int': 7, 'is_safe': -1})
print(v, v.is_safe)
v.__setstate__({'int': 8})
print(v, v.is_safe)
try:
    v.__setstate__({'int': 8, 'is_safe': 5})
except ValueError as e:
    print('ValueError', e)
print(list(uuid.SafeUUID), uuid.SafeUUID(None), uuid.SafeUUID(0), uuid.SafeUUID.unsafe.value)
print(uuid.UUID(int=1, is_safe=3).is_safe)
