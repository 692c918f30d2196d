import unicodedata as u
for n in ["LATIN SMALL LETTER A", "latin small letter a", "Latin Small Letter Sharp S", "EURO SIGN", "SPACE",
          "GREEK SMALL LETTER FINAL SIGMA", "SNOWMAN", "GRINNING FACE", "ARABIC LIGATURE UIGHUR KIRGHIZ YEH WITH HAMZA ABOVE WITH ALEF MAKSURA ISOLATED FORM",
          "DIGIT ZERO", "TANGUT COMPONENT-001", "VARIATION SELECTOR-256", "LATIN CAPITAL LETTER SHARP S"]:
    print(n, ascii(u.lookup(n)), ascii(u.lookup(n.encode())))
for n in ["", " ", "LATIN SMALL LETTER", "LATIN SMALL LETTER A ", " LATIN SMALL LETTER A", "LATIN  SMALL LETTER A",
          "LATIN SMALL LETTER \u00e9", "LATIN SMALL LETTER A\x00", "NOT A NAME AT ALL", "A" * 256, "A" * 257, "A" * 5000]:
    try:
        print(ascii(u.lookup(n)))
    except KeyError as e:
        print("KeyError", ascii(str(e))[:80])
for b in [b"\xff\xfe", b"LATIN\xc3", b"SNOWMAN"]:
    try:
        print(ascii(u.lookup(b)))
    except KeyError as e:
        print("KeyError", ascii(str(e)))
