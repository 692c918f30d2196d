# Opcodes that meet a MARK where they expect items: CPython's stack errors.
import pickle
for d in [b'](K\x01a.', b'}(K\x01K\x02s.', b'](K\x01e.', b'}(K\x01K\x02u.', b'\x8f(K\x01\x90.', b'(](K\x01\x90.', b'K\x01(\x85.', b'(K\x01\x85.', b'K\x01(K\x02b.', b'K\x01(R.', b'(N\x81.', b']K\x01(a.', b'K\x01(2.', b'K\x01(q\x00.', b'(\x94.', b'K\x01(\x93.']:
    try:
        print(d, pickle.loads(d))
    except Exception as e:
        print(d, type(e).__name__, e)
