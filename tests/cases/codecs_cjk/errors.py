# Bad input through every error handler, with CPython's reasons and
# positions: one byte or character at a time, "incomplete" at the end.
import codecs

NAMES = ['gb2312', 'gbk', 'cp936', 'big5', 'cp950', 'shift_jis', 'cp932', 'euc_kr', 'cp949', 'euc_jp', 'johab', 'gb18030']
HANDLERS = ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'xmlcharrefreplace', 'namereplace',
            'surrogatepass']
seen = []


def record(exc):
    seen.append((type(exc).__name__, exc.encoding, exc.start, exc.end, exc.reason))
    return ('<%d:%d>' % (exc.start, exc.end), exc.end)


codecs.register_error('test.record', record)
codecs.register_error('test.bytes', lambda exc: (b'@@', exc.end))
codecs.register_error('test.back', lambda exc: ('', max(0, exc.start - 1)) if False else ('', exc.end + 1))
codecs.register_error('test.bad', lambda exc: ('\U0001f600', exc.end))

bad_bytes = [b'\x81', b'a\xff', b'\x80\x80', b'\xa1\x41\xa1', b'\xfe\xfe\xa1', b'\x8f\xa1\x41z', b'\xa4\xd4\xa4',
             b'\xa4\xd4\xa4\xa1\xa4\xbf\xa4\x41', b'ok\xa1', b'\x81\x30\x81', b'\x81\x30\x81\x41', b'\xfe\x39\xfe\x39x']
bad_text = ['a\u20acb', '\udc80x', '\U0001f600', 'x\u0100\u0101y', '\u3042\ud55c\u4e2d\xe9']
for name in NAMES:
    print('==', name)
    for data in bad_bytes:
        for errors in HANDLERS + ['test.record', 'test.back']:
            try:
                print(' ', data, errors, ascii(data.decode(name, errors)))
            except UnicodeDecodeError as e:
                print(' ', data, errors, 'UnicodeDecodeError:', e, e.start, e.end, e.object)
            except (TypeError, LookupError) as e:
                print(' ', data, errors, type(e).__name__, e)
    for text in bad_text:
        for errors in HANDLERS + ['test.record', 'test.bytes', 'test.bad']:
            try:
                print(' ', ascii(text), errors, text.encode(name, errors))
            except UnicodeEncodeError as e:
                print(' ', ascii(text), errors, 'UnicodeEncodeError:', e, e.start, e.end)
            except (TypeError, LookupError) as e:
                print(' ', ascii(text), errors, type(e).__name__, e)
print(seen[:12], len(seen))
for bad in [None, 1, 'x']:
    try:
        print(codecs.decode(b'\x81', 'gbk', 'nosuch'))
    except LookupError as e:
        print('LookupError', e)
try:
    'abc'.encode('gbk', 'nosuch')
    print('unused handler not looked up')
except LookupError as e:
    print('LookupError', e)
for call in [lambda: codecs.lookup('gbk').encode(b'x'), lambda: codecs.lookup('gbk').decode('x'),
             lambda: codecs.lookup('big5').decode(b'\xa4\x40', 5), lambda: codecs.lookup('big5').encode(None),
             lambda: codecs.lookup('big5').encode(12, 'strict'), lambda: codecs.lookup('big5').encode('x', 1),
             lambda: codecs.lookup('big5').decode(b'\xa4\x40', None)]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
