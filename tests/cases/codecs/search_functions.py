# register/unregister of search functions: the names they receive, caching,
# and what they may return.
import codecs
seen = []
def search(name):
    seen.append(name)
    if name == 'my_codec':
        return codecs.CodecInfo(lambda s, errors='strict': (s.upper().encode(), len(s)),
                                lambda b, errors='strict': (b.decode().lower(), len(b)), name='my-codec')
    if name == 'bad_codec':
        return (1, 2, 3)
    return None
codecs.register(search)
print(codecs.lookup('My-Codec').name, seen)
print(codecs.lookup('my codec').name, seen)
print('abc'.encode('my-codec'), b'XYZ'.decode('my_codec'))
print(codecs.encode('hi', 'my-codec'), codecs.decode(b'HI', 'my-codec'))
for name in ['Foo Bar-Baz', 'ab.c', 'A\tB', 'x y-z_Q', '  lead', 'trail  ', 'été', 'aÄb']:
    try:
        codecs.lookup(name)
    except LookupError as e:
        print(e)
print(seen[2:])
try:
    codecs.lookup('bad codec')
except TypeError as e:
    print(e)
codecs.unregister(search)
codecs.unregister(search)
try:
    codecs.lookup('my_codec')
except LookupError as e:
    print(e)
try:
    codecs.register(42)
except TypeError as e:
    print(e)
try:
    codecs.lookup('a\x00b')
except ValueError as e:
    print(e)
