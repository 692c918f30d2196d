# UUIDs compare and hash by their 128-bit value; they are immutable.
import uuid

a = uuid.UUID(int=5)
b = uuid.UUID(int=7)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == uuid.UUID(int=5))
print(sorted([b, uuid.MAX, a, uuid.NIL]))
print(hash(a) == hash(5), hash(uuid.MAX) == hash(uuid.MAX.int))
print(len({a, uuid.UUID(int=5), b}), {a: 1}[uuid.UUID('00000000-0000-0000-0000-000000000005')])
print(a == 5, a != 5, a == '00000000-0000-0000-0000-000000000005')
for op in (lambda: a < 5, lambda: a >= 'x', lambda: a + a):
    try:
        op()
    except TypeError as e:
        print('TypeError', e)
for name in ('int', 'is_safe', 'foo', 'hex'):
    try:
        setattr(a, name, 3)
    except Exception as e:
        print(type(e).__name__, e)
print(a, a.int)
try:
    a.__dict__
except AttributeError as e:
    print('AttributeError')
print(uuid.UUID.__slots__)
import weakref
r = weakref.ref(a)
print(r() is a)

class Sub(uuid.UUID):
    pass

s = Sub(int=5)
print(repr(s), s == a, a == s, hash(s) == hash(a), type(s.__copy__() if hasattr(s, '__copy__') else s).__name__)
