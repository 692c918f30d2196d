# Every mapped character of the table-driven CJK codecs, both ways: all
# two-byte sequences decoded (and euc_jp's three-byte plane), every BMP
# character encoded, summarised by a digest; a seeded sample shown.
import hashlib
import random

NAMES = ['gb2312', 'gbk', 'big5', 'cp950', 'shift_jis', 'cp932', 'euc_kr', 'cp949', 'euc_jp', 'johab']


def digest(data):
    return hashlib.sha256(data).hexdigest()[:16]


pairs = b''.join(bytes([lead, trail]) + b'\n' for lead in range(0x80, 0x100) for trail in range(0x30, 0x100))
bmp = ''.join(chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000)
for name in NAMES:
    text = pairs.decode(name, 'backslashreplace')
    encoded = bmp.encode(name, 'xmlcharrefreplace')
    print(name, len(text), digest(text.encode('utf-8')), len(encoded), digest(encoded))
    try:
        back = encoded.decode(name)
        print('  round trip of what it encodes:', back == bmp or len(back))
    except UnicodeDecodeError as e:
        print('  round trip of what it encodes:', e)
    rng = random.Random(name)
    good = [ch for ch in text if ord(ch) > 0x7F][::97]
    sample = rng.sample(good, 8)
    print('  sample', ''.join(sample), ''.join(sample).encode(name))
    for ch in sample:
        assert ch.encode(name).decode(name) == ch
    print('  single bytes', bytes(range(0x80)).decode(name) == bytes(range(0x80)).decode('ascii'))

plane = b''.join(b'\x8f' + bytes([b2, b3]) for b2 in range(0xA1, 0xFF) for b3 in range(0xA1, 0xFF))
text = plane.decode('euc_jp', 'replace')
print('euc_jp three-byte plane', len(text), text.count('\ufffd'), digest(text.encode('utf-8')))
print(text[:40])
print('euc_kr make-up', '\uac02\ud7a3'.encode('euc_kr'), b'\xa4\xd4\xa4\xa1\xa4\xbf\xa4\xa2'.decode('euc_kr'))
print('hangul filler', '\u3164'.encode('euc_kr'), '\u3164'.encode('cp949'))
for ch in '\\~\xa5\u203e\u2225\uff5e\u301c\u2016\u00b7\u30fb':
    row = []
    for name in NAMES:
        try:
            row.append(ch.encode(name).hex())
        except UnicodeEncodeError:
            row.append('-')
    print(ascii(ch), ' '.join(row))
