# What idna's nameprep does with the 3.2 database: map, normalize NFKC,
# check prohibited and bidirectional characters.
import unicodedata as u
db = u.ucd_3_2_0
for label in ["B\u00fccher", "\u0645\u062b\u0627\u0644", "\uff21\uff22\uff23", "Stra\u00dfe", "\u2163x",
              "\u0627\u0661", "\u05d0a", "caf\u00e9", "\u1e9e", "\U0001F600", "\u0221"]:
    n = db.normalize("NFKC", label.lower())
    cats = [db.category(c) for c in n]
    bidi = [db.bidirectional(c) for c in n]
    print(ascii(label), ascii(n), cats, bidi, any(c == "Cn" for c in cats))
