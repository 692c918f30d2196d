# Searches of many subjects interleaved, subjects that die and are replaced
# by others (perhaps at the same address), mutable subjects changed between
# searches, and searches run from inside another search's callback.
import array
import re

p = re.compile(r"[a-z]+(\d*)")

def long_text(seed, n=200):
    parts = []
    for k in range(n):
        parts.append("w%s%d " % ("xyz"[(k + seed) % 3] * ((k * seed) % 4 + 1), k % 7))
    return "".join(parts).encode().decode()

# more live subjects than any cache would keep, visited round robin
subjects = [long_text(k) for k in range(9)]
results = []
for pos in range(0, 300, 13):
    for s in subjects:
        m = p.search(s, pos)
        results.append(m.span() if m else None)
print(len(results), results[:12], results[-5:])

# subjects made and dropped: each new one may reuse the memory of the last
for k in range(30):
    s = ("q%dz " % k) * (20 + k)
    s = s.encode().decode()
    ms = [p.match(s, i) for i in (0, 3, 4, 5)]
    print(k, [m.group() if m else None for m in ms], p.findall(s)[:2])
    del s

# a bytearray changed between searches must be searched as it is now
bp = re.compile(rb"[a-z]+")
ba = bytearray(b"hello world " * 10)
print(bp.match(ba, 0), bp.match(ba, 6))
ba[0:5] = b"12345"
ba[6:11] = b"WORLD"
print(bp.match(ba, 0), bp.match(ba, 6), bp.search(ba, 0))
ba[:] = b"x" * 70
print(bp.match(ba, 0).span(), bp.findall(ba, 3, 9))
del ba[10:]
print(bp.match(ba, 0).span(), bp.search(ba, 20))
arr = array.array("b", b"abc def " * 9)
print(bp.search(arr, 2).span())
arr[4] = ord("1")
print(bp.search(arr, 2).span(), bp.search(arr, 3).span())
mv = memoryview(b"  tail text of some length " * 3)
print(bp.search(mv, 1).span(), bp.search(mv[5:], 1).span())

# a search run from the callback of a sub over the same long subject
text = long_text(4)
inner = []
def repl(m):
    inner.append(p.match(text, m.end() + 1))
    return m.group().upper()
out = p.sub(repl, text, count=15)
print(out[:80])
print([m.span() if m else None for m in inner[:8]])
# and over other subjects while a scanner is walking this one
sc = p.scanner(text, 5)
spans = []
for k in range(10):
    m = sc.search()
    spans.append(m.span())
    p.search(long_text(k), 3)
print(spans)
print([m.span() for m in p.finditer(text, 10, 90)])

# a str subclass and its plain equal
class S(str):
    pass
ss = S(long_text(2))
print(p.search(ss, 40).span() == p.search(str(ss), 40).span(), type(p.search(ss, 40).string).__name__)
# kinds of the same text
for t in (text, text + "\xe9", text + "\u0439", text + "\U0001f600"):
    print(len(t), p.search(t, 100).span(), p.split(t, 3)[:4], p.subn("-", t)[1])
