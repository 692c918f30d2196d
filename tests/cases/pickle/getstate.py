# __getstate__ and __setstate__ in their forms: default states of classes
# with __dict__ and __slots__, falsy states (no BUILD), state tuples.
import pickle


class Both:
    __slots__ = ('s', '__dict__')

    def __init__(self):
        self.s = 'slot'
        self.d = 'dict'


class FalsyState:
    def __init__(self):
        self.x = 1

    def __getstate__(self):
        return {}


class NoneState:
    def __getstate__(self):
        return None

    def __setstate__(self, state):
        print('never called', state)


class ListState:
    def __init__(self, v):
        self.v = v

    def __getstate__(self):
        return [self.v, self.v * 2]

    def __setstate__(self, state):
        self.v = tuple(state)


class NoSetstateTuple:
    def __getstate__(self):
        return ({'a': 1}, {'b': 2})


class BadState:
    def __getstate__(self):
        return 5


class Empty:
    pass


for proto in range(6):
    print('protocol', proto)
    for cls in (Both, FalsyState, NoneState, NoSetstateTuple, Empty):
        try:
            s = pickle.dumps(cls(), proto)
        except Exception as e:
            print(cls.__name__, type(e).__name__, e)
            continue
        r = pickle.loads(s)
        print(cls.__name__, s, getattr(r, '__dict__', None), getattr(r, 's', None))
    r = pickle.loads(pickle.dumps(ListState(3), proto))
    print(r.v)
    try:
        pickle.loads(pickle.dumps(BadState(), proto))
    except Exception as e:
        print(type(e).__name__, e)
print(Both().__getstate__(), Empty().__getstate__(), FalsyState().__reduce_ex__(2)[2:])
