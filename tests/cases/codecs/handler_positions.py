# Error handlers that move the position backwards, forwards and to the end.
import codecs
state = {'n': 0}
def once_back(exc):
    state['n'] += 1
    if state['n'] == 1:
        return ('[back]', 0)
    return ('[%d]' % exc.start, exc.end)
codecs.register_error('once_back', once_back)
print('ab\xe9cd'.encode('ascii', 'once_back'))
state['n'] = 0
print(b'ab\xffcd'.decode('utf-8', 'once_back'))
codecs.register_error('to_end', lambda e: ('|', len(e.object)))
print('ab\xe9cd\xe9'.encode('ascii', 'to_end'), b'ab\xffcd\xff'.decode('ascii', 'to_end'))
codecs.register_error('neg', lambda e: ('<', -1))
print('ab\xe9cd'.encode('latin-1', 'neg') if False else 'a\u20acxyz'.encode('latin-1', 'neg'))
codecs.register_error('multi', lambda e: ('%s' % ''.join('{%x}' % ord(c) for c in e.object[e.start:e.end]), e.end))
print('a\u20ac\u20acb\u4e00'.encode('cp1252', 'multi'), 'a\u20ac\u20acb'.encode('ascii', 'multi'))
print('\ud800\udc00x'.encode('utf-16-le', 'multi'), '\ud800\udc00x'.encode('utf-8', 'multi'))
