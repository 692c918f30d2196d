# Encoding through a charmap codec's EncodingMap (cp1252, koi8_r, ...) with
# strs of each storage kind: all characters mapped, and an unmapped one at
# the start, the middle or the end, under several error handlers.
import codecs

texts = ["", "a", "plain ascii", "caf\xe9 na\xefve", "\u20ac\u2019 quotes \u201c\u201d", "\u0416\u0418\u0412",
         "x\U0001f600y", "\x81\x8d", "\xff" * 5]
for enc in ("cp1252", "koi8_r", "cp437", "iso8859_15"):
    for t in texts:
        for pos in sorted({0, len(t) // 2, len(t)}):
            for extra in ("", "\u4e00", "\U00010348"):
                s = t[:pos] + extra + t[pos:]
                out = []
                for errors in ("strict", "replace", "ignore", "xmlcharrefreplace", "backslashreplace"):
                    try:
                        out.append(s.encode(enc, errors).hex())
                    except UnicodeEncodeError as e:
                        out.append("E%d-%d" % (e.start, e.end))
                print(enc, ascii(s), " ".join(out))

m = codecs.charmap_build("".join(map(chr, range(200))) + "\u20ac" * 56)
print(codecs.charmap_encode("abc\xc7", "strict", m), codecs.charmap_encode("\u20ac", "strict", m))
try:
    codecs.charmap_encode("ab\xc8", "strict", m)
except UnicodeEncodeError as e:
    print(e.reason, e.start, e.end)
