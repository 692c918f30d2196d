# Dict keys sorted (or not), keys of types that cannot be compared, values
# laid out right of their key.
import pprint

d = {'b': 1, 'a': [1, 2, 3] * 6, 'c': {'z': 1, 'y': 2}}
print(pprint.pformat(d))
print(pprint.pformat(d, width=30))
print(pprint.pformat(d, width=30, sort_dicts=False))
mixed = {1: 'a', 'b': 2, None: 3, (1, 2): 4, 2.5: 5, b'x': 6, 3j: 7}
print(pprint.pformat(mixed))
print(pprint.pformat(mixed, width=10))
print(pprint.saferepr(mixed))
nested = {'outer': {'inner': {'deepest': list(range(20))}}, 'n': 1}
for width in (15, 30, 50):
    print(pprint.pformat(nested, width=width))
    print(pprint.pformat(nested, width=width, indent=3))
pprint.pp({'z': 1, 'a': 2})
pprint.pp({'z': 1, 'a': 2}, sort_dicts=True)
pprint.pp({'z': list(range(30)), 'a': 2}, width=30)
pprint.pprint({'z': 1, 'a': 2})


class Key:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'Key(%d)' % self.n

    def __lt__(self, other):
        return self.n < other.n


print(pprint.pformat({Key(3): 'c', Key(1): 'a', Key(2): 'b'}))
print(pprint.pformat({Key(3): 'c', Key(1): 'a', Key(2): 'b'}, width=10))
