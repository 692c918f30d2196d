# An error handler that encodes and decodes in turn, and one that raises.
import codecs
def nested(exc):
    inner = exc.object[exc.start:exc.end]
    if isinstance(inner, str):
        return (inner.encode('utf-8', 'strict').decode('latin-1'), exc.end)
    return (inner.decode('latin-1'), exc.end)
codecs.register_error('nested', nested)
print('a\u20acb'.encode('latin-1', 'nested'), b'a\xff\xfeb'.decode('ascii', 'nested'))
def fail(exc):
    raise ValueError('handler failed at %d' % exc.start)
codecs.register_error('fail', fail)
for f in (lambda: '\u20ac'.encode('cp1252', 'fail') if False else '\u4e00'.encode('cp1252', 'fail'),
          lambda: b'\xff'.decode('utf-16-le', 'fail'), lambda: b'\\x4'.decode('unicode_escape', 'fail')):
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, e, getattr(e, '__notes__', None))
