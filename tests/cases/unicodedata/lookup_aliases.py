import unicodedata as u
for n in ["LATIN CAPITAL LETTER GHA", "LATIN SMALL LETTER GHA", "NULL", "NUL", "LINE FEED", "LF", "BYTE ORDER MARK", "BOM",
          "ZWNJ", "NBSP", "ESCAPE", "DELETE", "PADDING CHARACTER", "VS256", "HANGUL JONGSEONG YESIEUNG-KIYEOK",
          "CUNEIFORM SIGN NU11 TENU", "KANNADA LETTER LLLA", "SYRIAC SUBLINEAR COLON SKEWED LEFT"]:
    r = u.lookup(n)
    print(n, ascii(r), u.name(r, None))
    try:
        u.ucd_3_2_0.lookup(n)
        print("  3.2 found")
    except KeyError as e:
        print("  3.2", e)
for n in ["KEYCAP NUMBER SIGN", "keycap digit zero", "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE",
          "TAMIL SYLLABLE KSSA", "BENGALI LETTER KHINYA", "GEORGIAN LETTER U-BRJGU", "KATAKANA LETTER AINU P"]:
    r = u.lookup(n)
    print(n, ascii(r), len(r))
    try:
        u.ucd_3_2_0.lookup(n)
    except KeyError as e:
        print("  3.2", e)
