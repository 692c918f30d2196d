# Every property of every 7th code point of planes 0-3 and 14-16 (and all
# of the busiest blocks), in both databases, folded into one checksum per
# 4096 code points: a difference names the range to look at.
import unicodedata


def props(db, c):
    ch = chr(c)
    return "%s|%s|%d|%s|%d|%s|%r|%r|%r|%r" % (
        db.category(ch), db.bidirectional(ch), db.combining(ch), db.east_asian_width(ch),
        db.mirrored(ch), db.decomposition(ch), db.decimal(ch, None), db.digit(ch, None),
        db.numeric(ch, None), db.name(ch, None))


def fold(texts):
    """A checksum of the texts: their UTF-8 read as one number, modulo a prime."""
    return int.from_bytes("\n".join(texts).encode(), "big") % 1000000000039


for db in (unicodedata, unicodedata.ucd_3_2_0):
    out = []
    for base in list(range(0, 0x40000, 0x1000)) + [0xE0000, 0xF0000, 0x10F000]:
        step = 1 if base < 0x3000 or 0xF000 <= base < 0x10000 else 7
        h = fold([props(db, c) for c in range(base, base + 0x1000, step)])
        out.append("%05X:%010x" % (base, h))
    for i in range(0, len(out), 5):
        print(" ".join(out[i:i + 5]))
