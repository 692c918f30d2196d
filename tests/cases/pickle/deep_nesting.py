# Deep structures: a few hundred levels round trip; a very deep one is a
# RecursionError, not a crash.
import pickle

deep = []
cur = deep
for i in range(300):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
for proto in range(6):
    r = pickle.loads(pickle.dumps(deep, proto))
    depth = 0
    while r and isinstance(r[-1], list):
        r = r[-1]
        depth += 1
    print(proto, depth)
d = {}
cur = d
for i in range(300):
    cur['k'] = {}
    cur = cur['k']
print(pickle.loads(pickle.dumps(d)) == d)
very = []
for i in range(200000):
    very = [very]
try:
    pickle.dumps(very)
except RecursionError:
    print('RecursionError')
data = b'(' * 100000 + b'l' * 100000 + b'.'
try:
    r = pickle.loads(data)
    print(type(r).__name__)
except Exception as e:
    print(type(e).__name__)
