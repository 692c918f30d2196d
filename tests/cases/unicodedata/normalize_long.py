# Long strings: buffers that grow, the largest expansions, idempotence.
import unicodedata as u
s = "\ufdfa" * 500 + "a\u0301" * 700 + "\uac00" * 300 + "\u00e9" * 400 + "x"
for f in ("NFC", "NFD", "NFKC", "NFKD"):
    n = u.normalize(f, s)
    print(f, len(n), u.is_normalized(f, n), u.is_normalized(f, s), u.normalize(f, n) == n)
marks = "\u0301\u0316\u0300\u0323\u031b" * 200
n = u.normalize("NFD", "a" + marks)
print(len(n), ascii(n[:12]), ascii(u.normalize("NFC", "a" + marks)[:6]))
print(len(u.normalize("NFKD", "\u3300\u33ff\U0001f200" * 1000)))
big = "".join(chr(c) for c in range(0x80, 0x3000))
for f in ("NFC", "NFD", "NFKC", "NFKD"):
    n = u.normalize(f, big)
    h = 0
    for ch in n:
        h = (h * 31 + ord(ch)) & 0xFFFFFFFF
    print(f, len(n), "%08x" % h, u.is_normalized(f, n))
