# Which objects the memo shares: the same str object twice is fetched
# back, equal but distinct ones are written twice; ints and floats are
# never memoized.
import pickle

a = 'repeated string'
b = ''.join(['repeated', ' string'])
big = 2**100
f = 1.25
t = ()
for proto in range(6):
    s = pickle.dumps([a, a, b, big, big, f, f, t, t, (), 'x', 'x'], proto)
    print(proto, s)
    r = pickle.loads(s)
    print(r[0] is r[1], r[0] is r[2], r[3] is r[4])
