# One long subject searched at every position, with and without endpos,
# for each width of str and for bytes: the results of each call must not
# depend on the calls before it.
import re

def scan(p, s, step=1, endpos=None):
    out = []
    for pos in range(0, len(s) + 2, step):
        m = p.match(s, pos) if endpos is None else p.match(s, pos, endpos)
        out.append(None if m is None else (m.span(), m.group()))
    return out

def digest(items):
    return [x for x in items if x is not None][:6], sum(x is None for x in items), len(items)

texts = {
    "latin1": ("ab\xe9 cd 12 " * 40).encode("latin-1").decode("latin-1"),
    "ascii": ("ab cd 12 " * 40).encode().decode(),
    "ucs2": ("ab\u0439 cd 12 " * 40).encode("utf-8").decode("utf-8"),
    "ucs4": ("ab\U0001f600 cd 12 " * 40).encode("utf-8").decode("utf-8"),
}
word = re.compile(r"\w+")
space = re.compile(r"\s+|\d+")
for name, s in texts.items():
    print(name, len(s))
    print(" match", digest(scan(word, s)))
    print(" other", digest(scan(space, s, 3)))
    print(" endpos", digest(scan(word, s, 1, len(s) // 2)))
    print(" endpos0", digest(scan(word, s, 5, 0)))
    print(" negative", word.match(s, -5), word.search(s, -5, -1))
    print(" search", [word.search(s, k).span() for k in range(0, 60, 7)])
    print(" full", word.fullmatch(s, 0, 2), word.fullmatch(s, 3, 5), word.fullmatch(s, 0, 3))
    print(" past", word.search(s, len(s) + 10), word.match(s, len(s)))

b = texts["latin1"].encode("latin-1")
bw = re.compile(rb"\w+")
print("bytes", digest(scan(bw, b)), digest(scan(bw, b, 2, 100)))
# the same text given as another object: a copy equal in value
c = bytes(bytearray(b))
print("bytes copy", digest(scan(bw, c, 4)) == digest(scan(bw, b, 4)))
