# bytes and bytearray for every protocol: the codecs.encode reduction
# before protocol 3, BINBYTES forms, BYTEARRAY8 from protocol 5.
import pickle

for proto in range(6):
    for b in [b'', b'a', b'\x00\xff\x80', bytes(range(256)), b'z' * 300,
              bytearray(), bytearray(b'ba'), bytearray(b'\xff' * 300)]:
        s = pickle.dumps(b, proto)
        r = pickle.loads(s)
        print(proto, s if len(s) < 70 else (len(s), s[:40]), type(r).__name__, r == b)
    s = pickle.dumps([b'same', b'same'], proto)
    shared = b'shared'
    t = pickle.dumps([shared, shared], proto)
    print(s, t, pickle.loads(t))


class MyBytes(bytes):
    pass


for proto in range(6):
    r = pickle.loads(pickle.dumps(MyBytes(b'sub'), proto))
    print(type(r).__name__, r)
# Python 2 str pickles read as bytes, or decoded
py2 = b"(lp0\nS'caf\\xe9'\np1\naS'plain'\np2\na."
for enc in ['bytes', 'latin1']:
    print(pickle.loads(py2, encoding=enc))
try:
    pickle.loads(py2)
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(pickle.loads(py2, encoding='ascii', errors='replace'))
try:
    print(pickle.loads(b'U\x04\xff\xfeab.', encoding='ascii', errors='bytes'))
except LookupError as e:
    print(e)
print(pickle.loads(b'U\x02ab.', encoding='ascii', errors='bytes'))
