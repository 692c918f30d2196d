# Instances of classes: __dict__ state, __slots__, __getstate__/__setstate__,
# __reduce__, __reduce_ex__, __getnewargs__, __getnewargs_ex__, per protocol.
import pickle


class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        return type(other) is type(self) and vars(other) == vars(self)


class Slotted:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


class WithState:
    def __init__(self, v):
        self.v = v
        self.cache = 'dropped'

    def __getstate__(self):
        return {'v': self.v}

    def __setstate__(self, state):
        print('setstate', state)
        self.v = state['v']
        self.cache = None


class Reduced:
    def __init__(self, *args):
        self.args = args

    def __reduce__(self):
        return (Reduced, self.args)


class NewArgs(int):
    def __new__(cls, v, tag):
        self = super().__new__(cls, v)
        self.tag = tag
        return self

    def __getnewargs__(self):
        return (int(self), self.tag)


class NewArgsEx:
    def __new__(cls, *, key):
        self = super().__new__(cls)
        self.key = key
        return self

    def __getnewargs_ex__(self):
        return ((), {'key': self.key})


class MyList(list):
    pass


class MyDict(dict):
    pass


for proto in range(6):
    print('protocol', proto)
    p = Plain(1, [2, 3])
    s = pickle.dumps(p, proto)
    print(s)
    q = pickle.loads(s)
    print(type(q).__name__, vars(q), q == p)

    try:
        s = pickle.dumps(Slotted(5, 'six'), proto)
        print(s)
        q = pickle.loads(s)
        print(q.x, q.y)
    except TypeError as e:
        print('TypeError:', e, getattr(e, '__notes__', None))

    s = pickle.dumps(WithState(7), proto)
    print(s)
    q = pickle.loads(s)
    print(q.v, q.cache)

    s = pickle.dumps(Reduced(1, 'two', None), proto)
    print(s)
    print(pickle.loads(s).args)

    s = pickle.dumps(NewArgs(42, 'answer'), proto)
    print(s)
    q = pickle.loads(s)
    print(q, q.tag)

    if proto >= 2:
        s = pickle.dumps(NewArgsEx(key='k'), proto)
        print(s)
        print(pickle.loads(s).key)

    ml = MyList([1, 2, 3])
    ml.attr = 'x'
    s = pickle.dumps(ml, proto)
    print(s)
    q = pickle.loads(s)
    print(type(q).__name__, q, q.attr)

    md = MyDict(a=1, b=2)
    s = pickle.dumps(md, proto)
    print(s)
    q = pickle.loads(s)
    print(type(q).__name__, q)
