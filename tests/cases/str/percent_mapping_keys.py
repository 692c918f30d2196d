# %(key)s formatting looks the key up in the mapping: keys that are
# attribute names, keys no name has, odd keys (empty, spaces, nested
# parentheses, non-ASCII), a dict subclass with __missing__, and a mapping
# that records the keys it is asked for, whose types and values must be str.
class Recorder:
    def __init__(self):
        self.asked = []

    def __getitem__(self, key):
        self.asked.append((type(key).__name__, key))
        return len(key)

rec = Recorder()
print('%(levelname)s %(name)s %(zz_never_a_name_9)d %()d %(a b)d %(x(y)z)d %(caf\xe9)d' % rec)
print(rec.asked)
print('%(\u20ac)d|%(name)d' % rec, rec.asked[-2:])

class Missing(dict):
    def __missing__(self, key):
        return '<%s>' % key

print('%(name)s/%(other)s/%(levelname)-10s|' % Missing(name='n'))
d = {'levelname': 'INFO', 'name': 'bench', 'lineno': 12, 'message': 'hi'}
print('%(levelname)s:%(name)s:%(lineno)d %(message)s' % d)
print('%(lineno)05d %(lineno)x %(message)r %(levelname).2s' % d)
try:
    '%(missing)s' % d
except KeyError as exc:
    print('KeyError', exc)
try:
    '%(name)s %s' % d
except TypeError as exc:
    print('TypeError', exc)
print(b'%(name)s %(k)d' % {b'name': b'bytes', b'k': 3})
try:
    b'%(name)s' % {'name': b'x'}
except KeyError as exc:
    print('KeyError', exc)
