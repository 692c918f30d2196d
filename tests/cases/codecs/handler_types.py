# Handlers returning str subclasses, bytes for decoding, and huge positions.
import codecs
class S(str):
    pass
codecs.register_error('sub', lambda e: (S('*'), e.end))
print('a\xe9'.encode('ascii', 'sub'), b'a\xff'.decode('ascii', 'sub'))
codecs.register_error('bytes_for_decode', lambda e: (b'x', e.end))
try:
    b'\xff'.decode('utf-8', 'bytes_for_decode')
except TypeError as e:
    print(e)
codecs.register_error('huge', lambda e: ('', 2 ** 70))
for f in (lambda: '\xe9'.encode('ascii', 'huge'), lambda: b'\xff'.decode('ascii', 'huge')):
    try:
        f()
    except (IndexError, OverflowError) as e:
        print(type(e).__name__, e)
codecs.register_error('float', lambda e: ('', 1.0))
try:
    '\xe9'.encode('ascii', 'float')
except TypeError as e:
    print(e)
class Idx:
    def __index__(self):
        return 1
codecs.register_error('index', lambda e: ('?', Idx()))
print('\xe9'.encode('ascii', 'index'))
