# What a CodecInfo from the encodings package holds.
import codecs
for name in ['utf-8', 'utf-16', 'utf-8-sig', 'latin-1', 'ascii', 'cp1252', 'hex', 'rot13', 'unicode_escape', 'utf-7', 'punycode', 'charmap', 'undefined']:
    info = codecs.lookup(name)
    print(name, info.name, info._is_text_encoding, type(info.encode).__name__, type(info.decode).__name__)
    for part in ('incrementalencoder', 'incrementaldecoder', 'streamreader', 'streamwriter'):
        cls = getattr(info, part)
        print('  ', part, cls.__module__, cls.__qualname__, [b.__name__ for b in cls.__mro__[1:3]])
