# Every property of every 5th code point of planes 0-3 and 14-16 (and all
# of the busiest blocks), in both databases, folded into one checksum per
# 4096 code points: a difference names the range to look at.
import unicodedata


def props(db, c):
    ch = chr(c)
    return "%s|%s|%d|%s|%d|%s|%r|%r|%r|%r" % (
        db.category(ch), db.bidirectional(ch), db.combining(ch), db.east_asian_width(ch),
        db.mirrored(ch), db.decomposition(ch), db.decimal(ch, None), db.digit(ch, None),
        db.numeric(ch, None), db.name(ch, None))


def fold(h, text):
    for ch in text:
        h = (h * 1000003 + ord(ch)) & 0xFFFFFFFFFFFF
    return h


for db in (unicodedata, unicodedata.ucd_3_2_0):
    out = []
    for base in list(range(0, 0x40000, 0x1000)) + [0xE0000, 0xF0000, 0x10F000]:
        step = 1 if base < 0x3000 or 0xF000 <= base < 0x10000 else 5
        h = 0
        for c in range(base, base + 0x1000, step):
            h = fold(h, props(db, c))
        out.append("%05X:%012x" % (base, h))
    for i in range(0, len(out), 5):
        print(" ".join(out[i:i + 5]))
