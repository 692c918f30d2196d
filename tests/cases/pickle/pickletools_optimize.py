# pickletools.optimize drops the PUTs nothing fetches, renumbers the rest,
# and frames protocol 4+ output again.
import pickle
import pickletools

shared = ['s']
for proto in range(6):
    for obj in ([1, 'a', 'a'], [shared, shared, (shared,)], {'k': [1, 2]},
                [str(i) for i in range(300)] * 2, ['x' * 70000, 'y'], b'z' * 70000):
        p = pickle.dumps(obj, proto)
        o = pickletools.optimize(p)
        print(proto, len(p), len(o), o[:60], pickle.loads(o) == obj)
print(pickletools.optimize(b'(K\x01K\x02l.'))
try:
    pickletools.optimize(b'N')
except ValueError as e:
    print(e)
