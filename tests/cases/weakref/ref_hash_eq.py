# Hash and equality of references follow the referents while they live
import weakref


class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v

    def __hash__(self):
        return hash(self.v)


a, b, c = Key(1), Key(1), Key(2)
ra, rb, rc = weakref.ref(a, print), weakref.ref(b), weakref.ref(c)
print(ra == rb, ra != rb, ra == rc, hash(ra) == hash(1), hash(rb) == hash(ra))
d = {ra: "a"}
print(d[rb], rc in d)
h = hash(rc)
del a, c
print(ra == rb, ra == ra, hash(rc) == h)
dead = weakref.ref(Key(5))
try:
    hash(dead)
except TypeError as e:
    print(e)
print(dead == weakref.ref(b), dead == dead)
