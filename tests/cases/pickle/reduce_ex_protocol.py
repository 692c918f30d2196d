# __reduce_ex__ is called with the protocol; object.__reduce_ex__ falls
# back to a class's own __reduce__; __getnewargs__ checks.
import pickle


class Seen:
    def __reduce_ex__(self, proto):
        print('__reduce_ex__', proto)
        return (Seen, ())


class OnlyReduce:
    def __reduce__(self):
        print('__reduce__')
        return (OnlyReduce, ())


class Both:
    def __reduce__(self):
        print('Both.__reduce__')
        return (Both, ())

    def __reduce_ex__(self, proto):
        print('Both.__reduce_ex__', proto)
        return (Both, ())


class BadNewArgs:
    def __getnewargs__(self):
        return 5


class BadNewArgsEx:
    def __getnewargs_ex__(self):
        return ((), [])


class ReduceRaises:
    def __reduce__(self):
        raise ValueError('reduce failed')


for proto in range(6):
    for cls in (Seen, OnlyReduce, Both, BadNewArgs, BadNewArgsEx, ReduceRaises):
        try:
            s = pickle.dumps(cls(), proto)
            print(proto, cls.__name__, type(pickle.loads(s)).__name__)
        except Exception as e:
            print(proto, cls.__name__, type(e).__name__, e, getattr(e, '__notes__', None))
