# Objects that cannot be pickled: CPython's messages and the notes that
# say where in the structure the failure happened.
import pickle


class A:
    pass


def make_local():
    class Local:
        pass
    return Local


class BadReduce:
    def __init__(self, rv):
        self.rv = rv

    def __reduce__(self):
        return self.rv


class Raises:
    def __reduce_ex__(self, proto):
        raise RuntimeError('no reduction for you')


def show(obj, proto=5):
    try:
        pickle.dumps(obj, proto)
    except Exception as e:
        print(type(e).__name__, e)
        for note in getattr(e, '__notes__', ()):
            print('   ', note)
    else:
        print('ok')


show(lambda: 0)
show({'x': [1, (2, lambda: 0)]})
show([make_local()])
show({1, make_local()})
show(frozenset({make_local()}))
show((make_local(),))
show({'a': {1: make_local()}})
a = A()
a.z = lambda: 1
show(a)
show(BadReduce(5))
show(BadReduce(()))
show(BadReduce((1, 2, 3, 4, 5, 6, 7)))
show(BadReduce((1, ())))
show(BadReduce((A, [])))
show(BadReduce((A, (), None, 5)))
show(BadReduce((A, (), None, None, 5)))
show(BadReduce((A, (), None, None, None, 5)))
show(BadReduce('not_there'))
show(Raises())
show([Raises()])
for proto in range(6):
    show(make_local(), proto)
    show(BadReduce((lambda: 0, ())), proto)
try:
    pickle.dumps(1, 6)
except ValueError as e:
    print(e)
try:
    pickle.dumps(1, 'x')
except TypeError as e:
    print(e)
try:
    pickle.Pickler(None)
except TypeError as e:
    print(e)
try:
    pickle.dumps(1, 4, buffer_callback=print)
except ValueError as e:
    print(e)


class NoInit(pickle.Pickler):
    def __init__(self):
        pass


try:
    NoInit().dump(1)
except pickle.PicklingError as e:
    print(e)
print(issubclass(pickle.PicklingError, pickle.PickleError), pickle.PickleError.__mro__)
