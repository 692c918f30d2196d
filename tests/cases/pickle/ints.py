# Integers at the opcode boundaries of each protocol (BININT1/2, BININT,
# LONG1/LONG4, INT/LONG text), and their round trips.
import pickle

values = [0, 1, 255, 256, 65535, 65536, 2**31 - 1, 2**31, -1, -2**31, -2**31 - 1,
          2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64, 127, 128, -128, -129,
          2**2040, -2**2040, 2**2047, -2**2047, 2**2048, 10**700, -(10**700)]
for proto in range(6):
    for v in values:
        s = pickle.dumps(v, proto)
        assert pickle.loads(s) == v, (proto, v)
        print(proto, s if len(s) < 40 else (len(s), s[:24], s[-8:]))
    s = pickle.dumps([True, False, 1, 0], proto)
    print(s, pickle.loads(s))


class MyInt(int):
    pass


for proto in range(6):
    s = pickle.dumps(MyInt(5), proto)
    r = pickle.loads(s)
    print(type(r).__name__, r)
print(pickle.loads(b'I-7\n.'), pickle.loads(b'I  42\n.'), pickle.loads(b'L-99L\n.'),
      pickle.loads(b'\x8a\x00.'), pickle.loads(b'\x8b\x01\x00\x00\x00\xff.'),
      pickle.loads(b'I9223372036854775808\n.'), pickle.loads(b'J\xff\xff\xff\xff.'))
