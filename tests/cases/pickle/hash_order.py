# Sets and frozensets are written in their iteration order, which follows
# the hashes: strings, mixed types, tuples.
import pickle

for proto in range(6):
    for s in [{'pear', 'apple', 'fig', 'kiwi', 'plum'}, {1, 'a', (2, 3), 4.5, None, b'b'},
              frozenset({('x', 1), ('y', 2), ('z', 3)}), set(range(20, 0, -3)),
              {frozenset({1}), frozenset({2, 3})}]:
        b = pickle.dumps(s, proto)
        print(proto, b)
        assert pickle.loads(b) == s
    d = {'z': 1, 'a': 2, 'm': 3}
    print(pickle.dumps(d, proto), list(pickle.loads(pickle.dumps(d, proto))))
