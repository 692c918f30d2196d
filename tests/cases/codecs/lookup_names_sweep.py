# Every alias of the codecs cipy has (all but the CJK ones, bz2, idna and
# the Windows ones), spelled in several ways.
import codecs, encodings.aliases
skip = {'big5', 'big5hkscs', 'bz2_codec', 'cp932', 'cp949', 'cp950', 'euc_jis_2004', 'euc_jisx0213', 'euc_jp',
        'euc_kr', 'gb18030', 'gb2312', 'gbk', 'hz', 'idna', 'iso2022_jp', 'iso2022_jp_1', 'iso2022_jp_2',
        'iso2022_jp_2004', 'iso2022_jp_3', 'iso2022_jp_ext', 'iso2022_kr', 'johab', 'mbcs', 'oem', 'shift_jis',
        'shift_jis_2004', 'shift_jisx0213', 'cp65001'}
have = set()
for alias, module in sorted(encodings.aliases.aliases.items()):
    if module in skip:
        continue
    for spelling in (alias, alias.upper(), alias.replace('_', '-'), ' ' + alias.replace('_', ' ') + ' '):
        try:
            name = codecs.lookup(spelling).name
        except LookupError:
            continue
        have.add((alias, name))
print(len(have))
for alias, name in sorted(have):
    print(alias, name)
