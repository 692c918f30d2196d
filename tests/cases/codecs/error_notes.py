# An uncaught codec error: the traceback shows the note CPython adds.
import codecs
def search(name):
    if name == 'grumpy':
        def enc(s, errors='strict'):
            raise RuntimeError('no')
        return codecs.CodecInfo(enc, enc, name='grumpy')
codecs.register(search)
try:
    b'\x81'.decode('cp1252')
except UnicodeDecodeError as e:
    print(e.__notes__)
'x'.encode('grumpy')
