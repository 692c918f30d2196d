# normalize() and is_normalized() in every form, in both databases, over
# seeded random strings drawn from the characters normalization cares
# about: decomposable ones, combining marks, Hangul jamo and syllables,
# compatibility characters, composition exclusions, plus plain letters.
import unicodedata


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (self.state >> 33) % n


pool = []
for c in range(0x30000):
    ch = chr(c)
    if unicodedata.decomposition(ch) or unicodedata.combining(ch):
        pool.append(ch)
pool += [chr(c) for c in range(0x1100, 0x1200, 3)] + [chr(c) for c in range(0xAC00, 0xD7A4, 97)]
pool += list("aeiouAEIOU \u0300\u0301\u0323\u0308\u0345\u05b0")
print(len(pool))

rng = Lcg(20240611)


def fold(h, text):
    for ch in text:
        h = (h * 1000003 + ord(ch)) & 0xFFFFFFFFFFFF
    return h


for db in (unicodedata, unicodedata.ucd_3_2_0):
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        h = 0
        normal = 0
        for i in range(700):
            s = "".join(pool[rng.below(len(pool))] for _ in range(1 + rng.below(7)))
            n = db.normalize(form, s)
            h = fold(h, n)
            normal += db.is_normalized(form, s)
            if db.is_normalized(form, n) is not True:
                print("not normalized after normalize:", form, ascii(s), ascii(n))
            if i < 3:
                print(form, ascii(s), ascii(n))
        print(db.unidata_version, form, "%012x" % h, normal)
