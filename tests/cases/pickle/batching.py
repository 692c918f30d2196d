# Items are written in batches of 1000 (MARK ... APPENDS / SETITEMS /
# ADDITEMS); the counts around the batch size, for every protocol.
import pickle
import pickletools
from collections import Counter


def ops(data):
    return Counter(op.name for op, arg, pos in pickletools.genops(data))


class L(list):
    pass


class D(dict):
    pass


for n in (0, 1, 2, 999, 1000, 1001, 2000, 2001):
    for proto in range(6):
        row = []
        for obj in (list(range(n)), dict.fromkeys(range(n)), set(range(n)),
                    L(range(n)), D.fromkeys(range(n))):
            s = pickle.dumps(obj, proto)
            c = ops(s)
            row.append((len(s), c['MARK'], c['APPEND'], c['APPENDS'], c['SETITEM'],
                        c['SETITEMS'], c['ADDITEMS']))
            assert pickle.loads(s) == obj
        print(n, proto, row)
