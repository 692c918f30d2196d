# The handler functions themselves, called with each kind of exception.
import codecs
E = UnicodeEncodeError('ascii', 'a\xe9\u1234\U0001F600\udc80b', 1, 5, 'r')
D = UnicodeDecodeError('utf-8', b'a\xff\x80\x41b', 1, 4, 'r')
T = UnicodeTranslateError('a\xe9\u1234\udc80b', 1, 4, 'r')
names = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape',
         'surrogatepass']
for n in names:
    h = codecs.lookup_error(n)
    print(n, h, h.__name__)
    for x in (E, D, T, ValueError('x'), 5):
        try:
            print(' ', type(x).__name__, ascii(h(x)))
        except Exception as e:
            print(' ', type(x).__name__, 'raises', type(e).__name__, ascii(str(e)))
print(codecs.strict_errors is codecs.lookup_error('strict'), codecs.namereplace_errors)
E2 = UnicodeEncodeError('ascii', 'abc', 2, 1, 'r')
print(codecs.backslashreplace_errors(E2), codecs.replace_errors(E2), codecs.ignore_errors(E2))
E3 = UnicodeEncodeError('ascii', 'abc', -5, 10, 'r')
print(codecs.backslashreplace_errors(E3), codecs.replace_errors(E3), E3.start, E3.end)
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16be', 'utf-32', 'utf_32_le', 'UTF-32BE', 'latin-1']:
    try:
        print(enc, codecs.lookup_error('surrogatepass')(UnicodeEncodeError(enc, 'a\ud800\udfffb', 1, 3, 'r')))
    except Exception as e:
        print(enc, repr(e))
sp = codecs.lookup_error('surrogatepass')
print(sp(UnicodeDecodeError('utf-8', b'a\xed\xa0\x80b', 1, 2, 'r')))
print(sp(UnicodeDecodeError('utf-16-be', b'\xd8\x00\x00a', 0, 2, 'r')))
print(sp(UnicodeDecodeError('utf-32-le', b'\x00\xdc\x00\x00', 0, 4, 'r')))
try:
    sp(UnicodeDecodeError('utf-8', b'a\xffb', 1, 2, 'r'))
except UnicodeDecodeError as e:
    print('reraised', e)
