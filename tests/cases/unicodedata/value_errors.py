import unicodedata as u
for f, ch in [(u.decimal, "a"), (u.digit, "a"), (u.numeric, "a"), (u.decimal, "\u00bd"), (u.digit, "\u00bd"),
              (u.decimal, "\u2460"), (u.name, "\x00"), (u.name, "\U0010FFFF")]:
    try:
        print(f(ch))
    except ValueError as e:
        print(f.__name__, ascii(ch), "ValueError", e)
    print(" default", f(ch, "dflt"), f(ch, None))
for form in ["nfc", "NFC ", "", "NFKC\x00", "NF", "NFE", "nfkd"]:
    for f in (u.normalize, u.is_normalized, u.ucd_3_2_0.normalize):
        try:
            f(form, "abc")
        except ValueError as e:
            print(repr(form), f.__name__, e)
