# codecs.lookup: names, aliases, normalisation and the CodecInfo it returns.
import codecs
for name in ['utf-8', 'UTF8', 'u8', 'utf_8', 'Utf 8', 'latin-1', 'latin1', 'L1', 'iso-8859-1', 'ascii',
             'US-ASCII', '646', 'utf-16', 'UTF16', 'utf-16le', 'utf_16_be', 'utf-32', 'u32', 'utf-32-be',
             'utf-8-sig', 'utf_8_sig', 'cp1252', 'windows-1252', 'latin9', 'iso8859_15', 'koi8-r', 'mac-roman',
             'macroman', 'cp437', 'IBM437', 'tis-620', 'cp875', 'iso-ir-100']:
    info = codecs.lookup(name)
    print(repr(name), info.name, isinstance(info, tuple), len(info), info._is_text_encoding)
for bad in ['nope', 'utf-9', '', 'latin-1x', 'utf 8 9']:
    try:
        codecs.lookup(bad)
    except LookupError as e:
        print(type(e).__name__, e)
try:
    codecs.lookup(5)
except TypeError as e:
    print(e)
info = codecs.lookup('utf-8')
print(info is codecs.lookup('UTF-8'), info.encode('x'), info.decode(b'y'))
print(info[0] is info.encode, info[1] is info.decode, info[2] is info.streamreader, info[3] is info.streamwriter)
ci = codecs.CodecInfo(1, 2, name='mine')
print(tuple(ci), ci.name, ci.incrementalencoder, ci._is_text_encoding, ci.__getnewargs__())
ci = codecs.CodecInfo(1, 2, 3, 4, 5, 6, 'x', _is_text_encoding=False)
print(tuple(ci), ci.incrementaldecoder, ci._is_text_encoding)
print(repr(codecs.CodecInfo(None, None)).startswith('<codecs.CodecInfo object for encoding None at 0x'))
