# io.StringIO pickles and copies through __getstate__/__setstate__, with
# CPython's checks of the state tuple.
import io, pickle, copy

s = io.StringIO('hello\nworld', newline='\r\n')
s.seek(3)
s.x = 5
print(s.__getstate__())
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    try:
        s2 = pickle.loads(pickle.dumps(s, proto))
    except TypeError as e:     # protocols 0 and 1 go through copyreg._reduce_ex
        print(proto, e)
        continue
    print(proto, repr(s2.getvalue()), s2.tell(), s2.x, s2.newlines, s2.readline().encode())
print(s.__reduce_ex__(2)[1:3])
for nl in (None, '', '\n', '\r'):
    t = io.StringIO('a\r\nb\rc\n', newline=nl)
    print(repr(nl), t.__getstate__(), repr(t.newlines))
    t2 = copy.deepcopy(t)
    print('  ', repr(t2.getvalue()), t2.readlines(), repr(t2.newlines))
t = io.StringIO()
t.x = 1
del t.x
print(t.__getstate__())
print(copy.copy(io.StringIO('ab')).getvalue())
bad_states = [(1,), ('a', None, 0), ('a', None, 0, None, 1), ('a', 5, 0, None), (5, None, 0, None),
              ('a', None, -1, None), ('a', None, 'x', None), ('a', None, 0, 5), ('a', 'x', 0, None),
              ('a', None, 2 ** 70, None), 1, None, ['a', None, 0, None]]
for state in bad_states:
    try:
        io.StringIO().__setstate__(state)
        print('ok', state)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
u = io.StringIO()
u.y = 2
u.__setstate__(('abc\r\ndef', '\r\n', 2, {'k': 1}))
print(repr(u.getvalue()), u.tell(), u.k, u.y)
u.__setstate__((None, None, 0, None))
print(repr(u.getvalue()), u.tell())
u.__setstate__(('abc\ndef', '', 20, None))
print(repr(u.getvalue()), u.tell(), repr(u.read()))
u.write('!')
print(repr(u.getvalue()))
s.close()
for call in (s.__getstate__, lambda: s.__setstate__(('a', None, 0, None)), lambda: pickle.dumps(s)):
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
raw = io.StringIO.__new__(io.StringIO)
try:
    raw.__getstate__()
except ValueError as e:
    print('ValueError', e)
raw.__setstate__(('q', None, 1, None))
print(raw.getvalue(), raw.read())

class Sub(io.StringIO):
    pass
c = pickle.loads(pickle.dumps(Sub('sub')))
print(type(c).__name__, c.getvalue())
try:
    Sub().__setstate__(3)
except TypeError as e:
    print(e)
