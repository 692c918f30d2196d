# Random bytes (rich in escapes, shifts and lead bytes) decoded by every
# new CJK codec whole and in random pieces, and random text encoded whole
# and in random pieces, with the states between; a digest per codec.
import codecs
import hashlib
import random

NAMES = ['big5hkscs', 'euc_jis_2004', 'euc_jisx0213', 'shift_jis_2004', 'shift_jisx0213', 'iso2022_jp',
         'iso2022_jp_1', 'iso2022_jp_2', 'iso2022_jp_2004', 'iso2022_jp_3', 'iso2022_jp_ext', 'iso2022_kr', 'hz']
SPECIAL = b'\x1b\x1b\x1b$()B@JNI.ADFCQOP&\x0e\x0f\n~{}\x8e\x8f\x88\x80\xff'
CHARS = ('abc~\\\n\u00a5\u203e\u00e9\u00ca\u00ea\u0304\u030c\u309a\u304b\u304d\u00e6\u0300\u02e9\u02e5'
         '\u65e5\u672c\u4e2d\u6587\ud55c\uad6d\u4ff1\u3164\uff71\u03a9\u0e01\U00020089\U00020000\u7626')


def random_bytes(rng):
    out = bytearray()
    for _ in range(rng.randrange(1, 24)):
        k = rng.random()
        if k < 0.35:
            out.append(rng.choice(SPECIAL))
        elif k < 0.75:
            out.append(rng.randrange(0x21, 0x7F))
        else:
            out.append(rng.randrange(0x80, 0x100))
    return bytes(out)


def outcome(fn):
    try:
        return repr(fn())
    except (UnicodeError, RuntimeError) as e:
        return '%s %s' % (type(e).__name__, e)


rng = random.Random(2004)
for name in NAMES:
    h = hashlib.sha256()
    for _ in range(400):
        data = random_bytes(rng)
        for errors in ('strict', 'replace', 'backslashreplace'):
            h.update(outcome(lambda: data.decode(name, errors)).encode())
        dec = codecs.getincrementaldecoder(name)('replace')
        pieces = []
        at = 0
        while at < len(data):
            step = rng.randrange(1, 5)
            pieces.append(outcome(lambda: dec.decode(data[at:at + step])))
            pieces.append(repr(dec.getstate()))
            at += step
        pieces.append(outcome(lambda: dec.decode(b'', True)))
        h.update(''.join(pieces).encode())
    for _ in range(300):
        text = ''.join(rng.choice(CHARS) for _ in range(rng.randrange(1, 10)))
        for errors in ('strict', 'replace', 'xmlcharrefreplace'):
            h.update(outcome(lambda: text.encode(name, errors)).encode())
        enc = codecs.getincrementalencoder(name)('backslashreplace')
        pieces = []
        at = 0
        while at < len(text):
            step = rng.randrange(1, 4)
            pieces.append(outcome(lambda: enc.encode(text[at:at + step])))
            pieces.append(repr(enc.getstate()))
            at += step
        pieces.append(outcome(lambda: enc.encode('', True)))
        h.update(''.join(pieces).encode())
    print(name, h.hexdigest()[:20])
