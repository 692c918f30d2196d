# Pickled states as constructor arguments (bytes and latin-1 str), and subclasses reduced.
from datetime import *
import copy


def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: time(b'\x18\x00\x00\x00\x00\x00'))
t(lambda: datetime(b'\x07\xe8\x01\x01\x00\x00\x00\x00\x00\x00', 5))
t(lambda: time(b'\x01\x00\x00\x00\x00\x00', 5))
t(lambda: date(bytearray(b'\x07\xe8\x01\x01')))
t(lambda: datetime(bytearray(b'\x07\xe8\x01\x01\x00\x00\x00\x00\x00\x00')))
t(lambda: time('\x01\x02\x03\x00\x00\x04'))
t(lambda: date('\x07\xe8\x01\x01'))
class E(date):
    pass
e = E(2024, 1, 1); e.tag = 5
t(lambda: e.__reduce__())
t(lambda: e.__reduce_ex__(2))
t(lambda: copy.copy(e).tag)
class F(datetime): pass
f = F(2024, 1, 1); f.x = 1
t(lambda: f.__reduce_ex__(2))
t(lambda: copy.deepcopy(f).x)
class G(timedelta): pass
g = G(1); g.y = 2
t(lambda: g.__reduce_ex__(2))
t(lambda: copy.copy(g).y)
class H(time): pass
h = H(1); h.z = 3
t(lambda: h.__reduce_ex__(4))
t(lambda: copy.copy(h).z)
