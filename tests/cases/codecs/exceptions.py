# The Unicode errors codecs raise: their attributes, str() and changes.
for f in [lambda: b'ab\xffcd'.decode('utf-8'), lambda: 'ab\u20accd'.encode('latin-1'),
          lambda: b'\x00\xd8'.decode('utf-16-le'), lambda: '\udc00'.encode('utf-32'),
          lambda: b'\x81'.decode('cp1252'), lambda: '\u4e00'.encode('koi8-r'), lambda: b'\\x4'.decode('unicode_escape'),
          lambda: b'+AGF-'.decode('utf-7'), lambda: b'a-\xff'.decode('punycode')]:
    try:
        f()
    except UnicodeError as e:
        print(type(e).__name__, repr(e.encoding), ascii(e.object), e.start, e.end, repr(e.reason))
        print(' ', ascii(str(e)), e.args == (e.encoding, e.object, e.start, e.end, e.reason))
        e.start, e.end, e.reason = 0, 1, 'changed'
        print(' ', ascii(str(e)))
