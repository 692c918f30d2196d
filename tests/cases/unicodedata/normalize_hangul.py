import unicodedata as u
cases = ["\u1100\u1161", "\u1100\u1161\u11a8", "\uac00\u11a8", "\uac01\u11a8", "\u1100\u1161\u11a7",
         "\u1100\u1176", "\u1113\u1161", "\u1100\u0301\u1161", "\u1100\u1161\u0301\u11a8", "\u11a8", "\u1161",
         "\uac00\u1161", "\u1100\u1100\u1161\u1161", "\ud7a3\u11a8", "\u1112\u1175\u11c2", "\u1112\u1175\u11c3",
         "\u3131\u314f", "\uffa1\uffc2", "\u1100\u302e\u1161", "\ud7a4", "\u1100\u1161\u11a8\u11a8"]
for s in cases:
    print(ascii(s), [ascii(u.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")],
          [u.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")],
          ascii(u.ucd_3_2_0.normalize("NFC", s)))
print([u.decomposition(chr(c)) for c in (0xAC00, 0xAC01, 0xAC1B, 0xD7A3, 0xD7A4, 0x3131, 0x1100)])
print([u.ucd_3_2_0.decomposition(chr(c)) for c in (0xAC00, 0xAC01, 0xD7A3)])
