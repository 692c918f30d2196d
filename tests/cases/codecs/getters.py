# getencoder and its siblings, and a codec without incremental parts.
import codecs
for name in ['utf-8', 'cp1252', 'hex', 'utf-16']:
    print(name, codecs.getencoder(name)('ab' if name != 'hex' else b'ab'), codecs.getdecoder(name)(b'6162'))
    print(codecs.getincrementalencoder(name).__name__, codecs.getincrementaldecoder(name).__name__,
          codecs.getreader(name).__name__, codecs.getwriter(name).__name__)
    print(codecs.getincrementalencoder(name).__module__, codecs.getreader(name).__qualname__)
def search(n):
    if n == 'bare':
        return codecs.CodecInfo(lambda s, e='strict': (b'', 0), lambda b, e='strict': ('', 0))
codecs.register(search)
for f in (codecs.getincrementalencoder, codecs.getincrementaldecoder, codecs.getreader, codecs.getwriter):
    try:
        print(f('bare'))
    except LookupError as e:
        print('LookupError', e)
for f in (codecs.getencoder, codecs.getincrementaldecoder):
    try:
        f('nope')
    except LookupError as e:
        print(e)
print(list(codecs.iterencode(['a', 'b'], 'cp1252')), list(codecs.iterdecode([b'\xe9'], 'latin-1', 'strict')))
try:
    list(codecs.iterencode(['a'], 'bare'))
except LookupError as e:
    print('LookupError', e)
