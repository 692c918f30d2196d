# encodings.normalize_encoding, search_function and the alias table.
import encodings, encodings.aliases, codecs
for n in ['abc', 'A-B', '\xe9 x', 'a\xe9b', '  x  ', '..a..', 'a\x00b', b'utf-8', 'ab1_2', 'Latin--1', 'x;#y', '']:
    print(ascii(n), ascii(encodings.normalize_encoding(n)))
print(encodings.search_function('utf8').name, encodings.search_function('nope'), encodings.search_function('UTF8'))
print(encodings.search_function('latin_1').name, encodings.search_function('cp1252').name)
a = encodings.aliases.aliases
print(len(a) > 300, a['utf8'], a['latin1'], a['646'], a['cp1252'], a['macroman'], a['u16'], a['hex'], a['rot13'])
print(encodings.CodecRegistryError.__mro__)
print(sorted(set(a.values()))[:10])
for name in sorted(set(a.values())):
    try:
        info = codecs.lookup(name)
        ok = info.name
    except LookupError:
        ok = '-'
    if name in ('big5', 'cp932', 'gbk', 'euc_jp', 'shift_jis', 'idna', 'bz2_codec', 'mbcs', 'oem', 'iso2022_jp',
                'euc_kr', 'gb2312', 'hz', 'johab', 'cp949', 'cp950', 'gb18030', 'big5hkscs', 'euc_jis_2004',
                'euc_jisx0213', 'iso2022_jp_1', 'iso2022_jp_2', 'iso2022_jp_2004', 'iso2022_jp_3', 'iso2022_jp_ext',
                'iso2022_kr', 'shift_jis_2004', 'shift_jisx0213', 'mac_latin2', 'cp65001', 'tactis'):
        continue
    print(name, ok)
