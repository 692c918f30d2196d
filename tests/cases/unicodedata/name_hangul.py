import unicodedata as u
for c in range(0xAC00, 0xD7A4, 211):
    n = u.name(chr(c))
    print("%04X" % c, n, u.lookup(n) == chr(c), u.lookup(n.lower()) == chr(c))
for bad in ["HANGUL SYLLABLE", "HANGUL SYLLABLE ", "HANGUL SYLLABLE G", "HANGUL SYLLABLE GAGG", "HANGUL SYLLABLE QA", "HANGUL SYLLABLE AX"]:
    try:
        print(ascii(u.lookup(bad)))
    except KeyError as e:
        print("KeyError", e)
print(ascii(u.lookup("HANGUL SYLLABLE A")), ascii(u.lookup("HANGUL SYLLABLE GGWAELH")))
