# The registry caches what it found; unregister empties the cache.
import codecs
calls = []
def search(name):
    calls.append(name)
    if name == 'counted':
        return (lambda s, e='strict': (b'', 0), lambda b, e='strict': ('', 0), None, None)
codecs.register(search)
a = codecs.lookup('counted')
b = codecs.lookup('COUNTED')
print(a is b, type(a).__name__, len(a), calls)
codecs.unregister(search)
codecs.register(search)
c = codecs.lookup('counted')
print(c is a, c == a, calls)
print(codecs.lookup('utf-8') is codecs.lookup('utf_8'), codecs.lookup('latin-1') is codecs.lookup('iso8859-1'))
print('x'.encode('counted'), b'y'.decode('counted'))
