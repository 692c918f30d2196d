# Names made of a prefix and the code point in hex, both ways.
import unicodedata as u
for c in [0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0x20000, 0x2A6DF, 0x2B740, 0x30000, 0x3134A, 0x31350, 0x323AF, 0x2EBF0,
          0xF900, 0xFAD9, 0x2F800, 0x2FA1D, 0x13460, 0x143FA, 0x18B00, 0x18CD5, 0x1B170, 0x1B2FB, 0x17000, 0x187F7,
          0x18D00, 0x18D08, 0x18800]:
    ch = chr(c)
    n = u.name(ch, None)
    print("%05X" % c, n, u.ucd_3_2_0.name(ch, None))
    for q in ["CJK UNIFIED IDEOGRAPH-%04X" % c, "cjk compatibility ideograph-%04x" % c, "TANGUT IDEOGRAPH-%04X" % c,
              "EGYPTIAN HIEROGLYPH-%04X" % c, "NUSHU CHARACTER-%04X" % c, "KHITAN SMALL SCRIPT CHARACTER-%04X" % c]:
        for db in (u, u.ucd_3_2_0):
            try:
                r = db.lookup(q)
                print(" ", q, db.unidata_version, "%04X" % ord(r))
            except KeyError:
                pass
for q in ["CJK UNIFIED IDEOGRAPH-04E00", "CJK UNIFIED IDEOGRAPH-4E0", "CJK UNIFIED IDEOGRAPH-", "CJK UNIFIED IDEOGRAPH-4E00 ",
          "CJK UNIFIED IDEOGRAPH-1234567", "CJK UNIFIED IDEOGRAPH-+4E00", "CJK UNIFIED IDEOGRAPH-0x4E", "CJK UNIFIED IDEOGRAPH-3400G"]:
    try:
        print(repr(q), ascii(u.lookup(q)))
    except KeyError as e:
        print(repr(q), "KeyError", e)
