# UTF-16 and UTF-32 over strings of every length around the scanners' step
# (eight or four characters at a time, then the rest), with a surrogate or
# an astral character at each position: the encoded bytes, the round trip,
# and the errors, for each width, byte order and kind of str.
import binascii

ENCODINGS = ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]
FILLERS = ["a", "\xe9", "\u0416", "\U0001f600"]
ODD = ["\ud800", "\udfff", "\U0010ffff", "\uffff", "\ue000", "\x7f", "\x80", "\xff"]


def show(enc, s):
    try:
        data = s.encode(enc)
    except UnicodeEncodeError as e:
        return "E(%s %d %d)" % (e.reason, e.start, e.end)
    back = data.decode(enc)
    ok = back == s
    return "%s %s" % (binascii.hexlify(data[:12]).decode(), "ok" if ok else "DIFF")


for enc in ENCODINGS:
    lines = []
    for fill in FILLERS:
        for n in range(0, 19):
            s = fill * n
            lines.append(show(enc, s))
            for odd in ODD:
                for pos in sorted({0, n // 2, n}):
                    t = s[:pos] + odd + s[pos:]
                    lines.append(show(enc, t))
    print(enc, len(lines), sum(1 for x in lines if x.endswith("ok")), sum(1 for x in lines if x.startswith("E(")))
    print(" ", lines[::37])

# astral counts that decide the UTF-16 size
for k in range(0, 20):
    s = "\U00010000" * k + "b" * (19 - k)
    print(k, len(s.encode("utf-16-le")), len(s.encode("utf-16")), len(s.encode("utf-32-be")))

# decoding: lone or misordered surrogates and out-of-range code points at
# each position of inputs of many lengths, strict and with replacement
for n in range(0, 12):
    for bad16 in (b"\x00\xd8", b"\x00\xdc", b"\x00\xd8\x41\x00", b"\x3d\xd8\x00\xde"):
        for pos in sorted({0, n // 2, n}):
            data = b"A\x00" * pos + bad16 + b"B\x00" * (n - pos)
            try:
                r = data.decode("utf-16-le")
                print("16", n, pos, ascii(r))
            except UnicodeDecodeError as e:
                print("16", n, pos, e.reason, e.start, e.end, ascii(data.decode("utf-16-le", "replace")))
    for bad32 in (b"\x00\xd8\x00\x00", b"\x00\x00\x11\x00", b"\xff\xff\xff\xff", b"\xff\xff\x10\x00"):
        for pos in sorted({0, n // 2, n}):
            data = b"A\x00\x00\x00" * pos + bad32 + b"\xe9\x00\x00\x00" * (n - pos)
            try:
                print("32", n, pos, ascii(data.decode("utf-32-le")))
            except UnicodeDecodeError as e:
                print("32", n, pos, e.reason, e.start, e.end, ascii(data.decode("utf-32-le", "replace")))
            big = bytes(reversed(bad32)) + b"\x00\x00\x01\x00" * n
            try:
                print("32be", n, ascii(big.decode("utf-32-be")))
            except UnicodeDecodeError as e:
                print("32be", n, e.reason, e.start, e.end)

# the kind of the decoded str follows its largest character
for data in ("abc", "ab\xff", "\u0100x", "\uffff", "a\U00010000", "\x7f" * 9, "\x80" * 9):
    for enc in ENCODINGS:
        r = data.encode(enc).decode(enc)
        print(enc, ascii(r), r.isascii(), max(map(ord, r)))

# long inputs: the checks go in blocks, whose ends must not hide a bad unit
big = "\U0001f600" * 300000 + "a" + "\u20ac" * 70000
for enc in ("utf-16-le", "utf-16-be", "utf-16"):
    data = big.encode(enc)
    print(enc, len(data), data.decode(enc) == big)
    for cut in (8 * 0xFFFF - 1, 8 * 0xFFFF, 8 * 0xFFFF + 1, 2 * 8 * 0xFFFF, len(data) // 2 - 1):
        unit = 2 * cut + (2 if enc == "utf-16" else 0)
        bad = data[:unit] + data[unit + 2:unit + 4] + data[unit:unit + 2] + data[unit + 4:]  # swap two units
        try:
            r = bad.decode(enc)
            print(" ", cut, "ok", len(r))
        except UnicodeDecodeError as e:
            print(" ", cut, e.reason, e.start, e.end)
