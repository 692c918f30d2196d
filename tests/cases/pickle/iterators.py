# Built-in iterators pickle their position through __reduce__, and resume
# where they were after loading.
import pickle

for proto in range(6):
    for make in [lambda: iter([1, 2, 3, 4]), lambda: iter((5, 6, 7)), lambda: iter(range(10)),
                 lambda: iter('text'), lambda: iter(b'by'), lambda: reversed([1, 2, 3]),
                 lambda: enumerate('ab'), lambda: zip('ab', 'cd'), lambda: map(str, [1, 2]),
                 lambda: iter({'a': 1, 'b': 2}), lambda: iter({'a': 1}.items())]:
        it = make()
        next(it)
        try:
            r = pickle.loads(pickle.dumps(it, proto))
        except Exception as e:
            print(proto, type(e).__name__, e)
            continue
        print(proto, type(r).__name__, list(r), list(it))
