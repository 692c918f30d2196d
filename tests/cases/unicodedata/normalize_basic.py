import unicodedata as u
samples = ["", "abc", "e\u0301", "\u00e9", "\u1e9b\u0323", "\u0041\u030a", "\u212b", "\u2126", "\ufb01", "\u00bd",
           "\uac00\u11a8", "\u1100\u1161\u11a8", "\u1100\u1161", "\ud4db", "\u0344", "\u0958", "\u2000", "\u1f80",
           "a\u0323\u0301\u0300b", "a\u0301\u0323", "\u0f73", "\u3300", "\U0001d15e", "\U0001d160", "\u0340\u0341",
           "\u05b8\u05b9\u05b1\u0591\u05c3\u05b0\u05ac\u059f", "\u0592\u05b7\u05bc\u05a5\u05b0\u05c0\u05c4\u05ad",
           "x\u0335\u0300y", "\u1111\u1171\u11b6", "\u00c5\u0328", "Ka\u0308\u0304", "\ufdfa", "\U0002f868",
           "\u2f00\u2fd5", "\u30ac\u30d1", "\uff76\uff9e", "\u0cca\u0cd5", "\u09cb", "\u0b48", "\U000110ab",
           "\u1026\u102e", "\u0dda", "\u1b3a\u1b35", "\U00011347\U0001133e", "\U00011935\U00011930"]
for s in samples:
    row = [ascii(u.normalize(f, s)) + ("*" if u.is_normalized(f, s) else "") for f in ("NFC", "NFD", "NFKC", "NFKD")]
    row32 = [ascii(u.ucd_3_2_0.normalize(f, s)) + ("*" if u.ucd_3_2_0.is_normalized(f, s) else "")
             for f in ("NFC", "NFD", "NFKC", "NFKD")]
    print(ascii(s), " ".join(row))
    print("   3.2", " ".join(row32))
s = "plain ascii"
print(u.normalize("NFC", s) is s, u.normalize("NFKD", s) is s)
class S(str):
    pass
r = u.normalize("NFD", S("\u00e9"))
print(type(r).__name__, ascii(r))
r = u.normalize("NFC", S("abc"))
print(type(r).__name__, ascii(r))
