# The 'undefined' codec refuses everything.
import codecs
info = codecs.lookup('undefined')
print(info.name, info._is_text_encoding)
for f in (lambda: 'a'.encode('undefined'), lambda: b'a'.decode('undefined'),
          lambda: codecs.getincrementalencoder('undefined')().encode('a'),
          lambda: codecs.getincrementaldecoder('undefined')().decode(b'a')):
    try:
        f()
    except UnicodeError as e:
        print(type(e).__name__, e)
