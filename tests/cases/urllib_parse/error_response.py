import io
import urllib.error
import urllib.response

e = urllib.error.URLError('no route')
print(str(e), repr(e), e.args, e.reason, isinstance(e, OSError), hasattr(e, 'filename'), e.filename)
e = urllib.error.URLError(OSError(2, 'gone'), 'file.txt')
print(str(e), e.args, e.filename, type(e.reason).__name__)
try:
    raise urllib.error.URLError('x')
except OSError as caught:
    print('caught', caught)
fp = io.BytesIO(b'body text')
h = urllib.error.HTTPError('http://h/p', 404, 'Not Found', {'Content-Type': 'text/plain'}, fp)
print(str(h), repr(h), h.code, h.msg, h.reason, h.headers, h.hdrs, h.filename, h.url)
print(h.getcode(), h.geturl(), h.status, h.info(), h.read(), h.fp is fp)
h.headers = {'X': '1'}
print(h.hdrs, h.info(), h.args)
print(isinstance(h, urllib.error.URLError), isinstance(h, urllib.response.addinfourl), [c.__name__ for c in type(h).__mro__])
h2 = urllib.error.HTTPError('u', 500, 'Boom', None, None)
print(h2, h2.fp, h2.read(), h2.headers)
c = urllib.error.ContentTooShortError('short', b'partial')
print(str(c), c.content, c.reason, c.args, isinstance(c, urllib.error.URLError))
print(urllib.error.__all__, urllib.response.__all__)

closed = []
r = urllib.response.addinfourl(io.BytesIO(b'line1\nline2\n'), {'a': 'b'}, 'http://x/', 200)
print(r.readline(), r.info(), r.geturl(), r.getcode(), r.status, r.url, r.code)
print(list(r), r.closed)
with r as same:
    print(same is r)
print(r.closed, r.fp.closed)
try:
    with r:
        pass
except ValueError as err:
    print('ValueError:', err)
hook = urllib.response.addclosehook(io.BytesIO(b'x'), lambda *a: closed.append(a), 1, 2)
print(hook.read(), hook.hookargs)
hook.close()
hook.close()
print(closed, hook.closehook, hook.hookargs)
info = urllib.response.addinfo(io.BytesIO(b'zz'), 'hdrs')
print(info.info(), info.headers, info.read(1), info.name)
base = urllib.response.addbase(io.StringIO('text'))
print(base.read(), repr(base).startswith('<addbase at '), base.fp is base.file)
