# \N{name}: characters by their Unicode name (any case, aliases too), in and
# out of classes; unknown names, named sequences and malformed escapes.
import re


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


subject = 'aA\u0100\x00\ufeff\uac01\u4e00012345 \n#\ufe0f\u20e3\u1e01'
names = [
    r'\N{LATIN SMALL LETTER A}', r'\N{latin small letter a}', r'\N{Latin Small Letter A}',
    r'\N{LATIN CAPITAL LETTER A WITH MACRON}', r'\N{NULL}', r'\N{BYTE ORDER MARK}',
    r'\N{HANGUL SYLLABLE GAG}', r'\N{CJK UNIFIED IDEOGRAPH-4E00}', r'\N{ }',
    r'\N{LATIN SMALL LETTER É}', r'[\N{DIGIT ZERO}-\N{DIGIT FIVE}]+', r'\N{DIGIT ZERO',
    r'x\N{}', r'\N{' + 'A' * 200 + '}', r'(?i)\N{LATIN SMALL LETTER A}+', r'\N{SPACE}{2}',
    r'\N{LINE FEED}', r'\N{LF}', r'\N{KEYCAP NUMBER SIGN}', r'[^\N{DIGIT ONE}\N{DIGIT TWO}]',
    r'\N{LATIN SMALL LETTER A WITH RING BELOW}', r'\N', r'\N{', r'\N{A', r'[\N{', r'[\N{A',
    r'[\N]', r'\N{LATIN SMALL LETTER A}\N{LATIN SMALL LETTER B', r'\N{NUL}', r'\N{ZWJ}',
    '\\N{LATIN SMALL LETTER A\x00}', r'\N{DIGIT ZERO}{2,3}?',
]
for p in names:
    show(lambda: re.findall(p, subject))
for p in [rb'\N{LATIN SMALL LETTER A}', rb'[\N{DIGIT ZERO}]']:
    show(lambda: re.compile(p))
show(lambda: re.sub(r'\N{EM DASH}', '-', 'a\u2014b\u2014c'))
show(lambda: re.fullmatch(r'(?x) \N{LATIN SMALL LETTER A} \N{SPACE} ', 'a '))
