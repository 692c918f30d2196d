# The tuple __reduce__ returns, item by item: state, list items, dict
# items, the state setter, and __newobj__ / __newobj_ex__ callables.
import copyreg
import pickle


class Box:
    def __init__(self, *a, **kw):
        self.a = a
        self.kw = kw
        self.items = []
        self.map = {}

    def append(self, x):
        self.items.append(x)

    def extend(self, xs):
        print('extend', list(xs))
        self.items.extend(xs)

    def __setitem__(self, k, v):
        self.map[k] = v


def setter(obj, state):
    print('setter', state)
    obj.state = state


class Full:
    def __reduce__(self):
        return (Box, (1, 2), {'s': 1}, iter([1, 2, 3]), iter({'k': 'v', 'j': 'w'}.items()))


class WithSetter:
    def __reduce__(self):
        return (Box, (), {'x': 1}, None, None, setter)


class OnlyAppend:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(x)

    def __reduce__(self):
        return (OnlyAppend, (), None, iter('ab'))


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


class NewObj:
    def __reduce__(self):
        return (__newobj__, (NewObj,), {'n': 1})


class NewObjWrong:
    def __reduce__(self):
        return (copyreg.__newobj__, (Box,))


class NewObjEx:
    def __new__(cls, *args, **kw):
        self = object.__new__(cls)
        self.args, self.kw = args, kw
        return self

    def __reduce_ex__(self, proto):
        return (copyreg.__newobj_ex__, (NewObjEx, (1,), {'k': 2}))


for proto in range(6):
    print('protocol', proto)
    for obj in [Full(), WithSetter(), OnlyAppend(), NewObj(), NewObjEx()]:
        try:
            s = pickle.dumps(obj, proto)
        except Exception as e:
            print(type(e).__name__, e, getattr(e, '__notes__', None))
            continue
        print(s)
        r = pickle.loads(s)
        print(type(r).__name__, {k: v for k, v in vars(r).items()})
    try:
        pickle.dumps(NewObjWrong(), proto)
    except Exception as e:
        print(type(e).__name__, e)
