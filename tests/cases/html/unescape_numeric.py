import html

NUMS = [0, 1, 8, 9, 10, 11, 12, 13, 14, 31, 32, 65, 127, 128, 129, 130, 141, 143, 144, 150, 157, 159, 160, 255,
        0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfdd0, 0xfdef, 0xfdf0, 0xfffd, 0xfffe, 0xffff, 0x10000, 0x1fffe,
        0x1f600, 0x10fffd, 0x10fffe, 0x10ffff, 0x110000, 10 ** 20]
for n in NUMS:
    print(n, ascii(html.unescape('&#%d;' % n)), ascii(html.unescape('&#x%x' % n)), ascii(html.unescape('&#X%X;z' % n)))
for t in ['&#65;&#66', '&#0065;', '&#x41g', '&#xZ;', '&#-1;', '&#65 ;', '&#' + '9' * 30 + ';', '&#x' + 'f' * 30]:
    print(repr(t), ascii(html.unescape(t)))
