import copy
import urllib.parse as up

up.clear_cache()
up.urlsplit('http://a/')
up.urlsplit('http://a/')
up.urlsplit(b'http://a/')
info = up.urlsplit.cache_info()
print(info.hits, info.misses, info.currsize)
up.urlsplit.cache_clear()
print(up.urlsplit.cache_info().currsize, hasattr(up.urlsplit, '__wrapped__'))
r = up.urlsplit('http://u:p@h:8/p?q#f')
print(copy.copy(r), copy.deepcopy(r), copy.copy(r) == r, type(copy.copy(r)).__name__)
print(type(r)._make(['a', 'b', 'c', 'd', 'e']), r.__getnewargs__(), r._field_defaults)
print(up.urlparse('x')._fields, up.urldefrag('x#y')._fields)
class Mine(up.SplitResult):
    __slots__ = ()
    def shout(self):
        return self.geturl().upper()
m = Mine('http', 'h', '/p', '', '')
print(m, m.shout(), m.hostname, m.port, m._replace(path='/z'), type(m._replace(path='/z')).__name__)
try:
    r.scheme = 'x'
except AttributeError as e:
    print('AttributeError:', e)
try:
    up.SplitResult('a', 'b')
except TypeError as e:
    print('TypeError:', e)
print(up.urlsplit('http://h/').count('h'), up.urlsplit('http://h/').index('/'), len(r), r[1], r[-1], r[1:3])
