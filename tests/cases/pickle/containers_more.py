# Subclasses of the built-in containers with attributes, slots and custom
# constructors, and the containers of the collections module.
import collections
import pickle


class AttrList(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.tag = 'list'


class AttrDict(dict):
    __slots__ = ('slot',)


class AttrSet(set):
    pass


class AttrTuple(tuple):
    pass


class AttrFrozen(frozenset):
    pass


Pair = collections.namedtuple('Pair', ['left', 'right'], defaults=[0])
for proto in range(6):
    l = AttrList([1, [2]])
    d = AttrDict(a=1)
    d.slot = 'in slot'
    s = AttrSet('ab')
    s.x = 1
    t = AttrTuple((1, 2))
    f = AttrFrozen({3})
    for obj in [l, d, s, t, f]:
        try:
            r = pickle.loads(pickle.dumps(obj, proto))
        except TypeError as e:
            print(proto, type(obj).__name__, e)
            continue
        print(proto, type(r).__name__, sorted(r) if isinstance(r, (set, frozenset)) else r,
              getattr(r, '__dict__', None), getattr(r, 'slot', None))
    for obj in [Pair(1), collections.ChainMap({'a': 1}, {'b': 2}), collections.UserList([1]),
                collections.UserDict(k=1), collections.UserString('us'),
                collections.deque('abc'), collections.Counter(x=2)]:
        s2 = pickle.dumps(obj, proto)
        r = pickle.loads(s2)
        print(proto, repr(r), r == obj)
