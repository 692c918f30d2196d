# Handlers a program registers: their answers, positions and mistakes.
import codecs, _codecs
log = []
def mark(exc):
    log.append((type(exc).__name__, exc.start, exc.end))
    return ('<%d:%d>' % (exc.start, exc.end), exc.end)
codecs.register_error('mark', mark)
print('aé€b'.encode('ascii', 'mark'), 'aé€b'.encode('latin-1', 'mark'), 'x\ud800y'.encode('utf-8', 'mark'))
print(b'a\xff\xfeb'.decode('utf-8', 'mark'), b'a\x80b'.decode('ascii', 'mark'), b'\x81'.decode('cp1252', 'mark'))
print('\u4e00'.encode('cp1252', 'mark'), 'a\ud800'.encode('utf-16-le', 'mark'))
print(log)
codecs.register_error('skip2', lambda e: ('', e.end + 1))
print('a\xe9\xe9bc'.encode('ascii', 'skip2'), b'a\xffxyz'.decode('ascii', 'skip2'))
codecs.register_error('back', lambda e: ('?', e.start - 1 if e.start else 0) if False else ('', -1))
print('ab\xe9cd'.encode('ascii', 'back'))
codecs.register_error('bytes', lambda e: (b'\x00\x01', e.end))
print('a\xe9b'.encode('ascii', 'bytes'), 'a\xe9b'.encode('cp1252', 'bytes') if False else '')
codecs.register_error('nonascii', lambda e: ('\xe9', e.end))
for enc in ['ascii', 'latin-1', 'utf-8']:
    try:
        print(enc, '\u20ac'.encode(enc, 'nonascii'))
    except UnicodeEncodeError as e:
        print(enc, e)
for bad in [lambda e: 'x', lambda e: ('x',), lambda e: (1, 2), lambda e: ('x', 'y'), lambda e: ('x', 99),
            lambda e: ('x', -99), lambda e: (b'x', 1)]:
    codecs.register_error('bad', bad)
    for f in (lambda: '\xe9'.encode('ascii', 'bad'), lambda: b'\xff'.decode('utf-8', 'bad')):
        try:
            print(ascii(f()))
        except Exception as e:
            print(type(e).__name__, e)
def boom(exc):
    raise KeyError('inside')
codecs.register_error('boom', boom)
try:
    b'\xff'.decode('utf-8', 'boom')
except KeyError as e:
    print('KeyError', e)
try:
    codecs.register_error('x', 5)
except TypeError as e:
    print(e)
try:
    codecs.lookup_error('no-such')
except LookupError as e:
    print(e)
try:
    '\xe9'.encode('ascii', 'no-such')
except LookupError as e:
    print(e)
print('abc'.encode('ascii', 'no-such'))
print(_codecs._unregister_error('mark'), _codecs._unregister_error('mark'))
for n in ['strict', 'ignore', 'surrogatepass']:
    try:
        _codecs._unregister_error(n)
    except ValueError as e:
        print(e)
