# Exceptions pickle through BaseException.__reduce__: args, attributes,
# the OSError family, KeyError, and the notes.
import pickle

errors = [ValueError('bad', 2), KeyError('k'), OSError(2, 'No such file'),
          FileNotFoundError(2, 'gone', 'path.txt'), StopIteration(5), SystemExit(3),
          UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte'),
          AttributeError('a'), ImportError('no', name='mod'), Exception()]
for proto in range(6):
    for e in errors:
        r = pickle.loads(pickle.dumps(e, proto))
        print(proto, type(r).__name__, r.args, str(r))
e = ValueError('with note')
e.add_note('first note')
e.custom = 42
r = pickle.loads(pickle.dumps(e))
print(r.__notes__, r.custom)
g = ExceptionGroup('group', [ValueError(1), TypeError(2)])
r = pickle.loads(pickle.dumps(g))
print(type(r).__name__, r.message, [repr(x) for x in r.exceptions])


class MyError(Exception):
    def __init__(self, code, text):
        super().__init__(code, text)
        self.code = code


r = pickle.loads(pickle.dumps(MyError(7, 'seven')))
print(type(r).__name__, r.args, r.code)
