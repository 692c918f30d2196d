# is_normalized() agrees with normalize() on every single code point of a
# stride, in every form, and on pairs built around combining marks.
import unicodedata as u
forms = ("NFC", "NFD", "NFKC", "NFKD")
counts = {f: 0 for f in forms}
for c in range(0, 0x30000, 2):
    ch = chr(c)
    for f in forms:
        n = u.normalize(f, ch)
        ok = u.is_normalized(f, ch)
        if ok != (n == ch):
            print("mismatch", f, "%04X" % c)
        counts[f] += ok
print(counts)
marks = "\u0300\u0301\u0316\u0323\u0345\u0334\u05b0\u093c\u0e38\u302a\u3099"
for a in "aeAO\u00c5\u0391\u3046\u304b\u1100":
    for m1 in marks:
        for m2 in marks[::3]:
            s = a + m1 + m2
            out = [u.normalize(f, s) for f in forms]
            flags = "".join("1" if u.is_normalized(f, s) else "0" for f in forms)
            print(ascii(s), ascii(out[0]), ascii(out[1]), flags)
