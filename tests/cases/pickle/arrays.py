# array.array of each type code at every protocol: the list form before
# protocol 3, _array_reconstructor with the machine format after.
import array
import pickle

for proto in range(6):
    for code, init in [('b', [-1, 2]), ('B', [255]), ('h', [-300]), ('H', [65535]), ('i', [7, -7]),
                       ('I', [2**32 - 1]), ('l', [-2**40]), ('L', [2**40]), ('q', [-2**62]),
                       ('Q', [2**63]), ('f', [1.5]), ('d', [-0.25]), ('w', 'w\U0001f600')]:
        a = array.array(code, init)
        s = pickle.dumps(a, proto)
        r = pickle.loads(s)
        print(proto, code, r == a, r.typecode, len(s), s if proto in (2, 5) and code in 'iw' else '')
