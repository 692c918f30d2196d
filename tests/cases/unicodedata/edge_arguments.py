# Subclasses of str and bytes as arguments, surrogates, private use and
# noncharacters through every function.
import unicodedata as u


class S(str):
    pass


class B(bytes):
    pass


print(u.name(S("a")), u.category(S("\u00e9")), u.numeric(S("\u00bd")), ascii(u.lookup(S("snowman"))), ascii(u.lookup(B(b"SNOWMAN"))))
print(ascii(u.normalize(S("NFD"), "\u00e9")), u.is_normalized(S("NFC"), S("\u00e9")))
for ch in ["\ud800", "\udfff", "\ue000", "\uf8ff", "\ufdd0", "\ufffe", "\uffff", "\U000F0000", "\U0010FFFD", "\U0010FFFF"]:
    print(ascii(ch), u.name(ch, None), u.category(ch), repr(u.bidirectional(ch)), u.east_asian_width(ch),
          u.ucd_3_2_0.category(ch), ascii(u.normalize("NFKC", "a" + ch + "\u0301")), u.is_normalized("NFD", ch))
s = "x\ud800\u0301\udc00e\u0301"
print([ascii(u.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")])
try:
    u.lookup("LATIN \ud800")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e.reason, e.start, e.end)
print(ascii(u.lookup("latin small letter a with acute")), ascii(u.lookup(b"latin small letter a with acute")))
