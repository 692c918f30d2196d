# codecs workload: UTF-16 and UTF-32 encode and decode of mixed text
# (ASCII, Latin-1, CJK, astral characters) through str.encode/bytes.decode,
# the incremental decoder in small chunks, and a cp1252 round trip.
import codecs
import time


def make_text(n):
    pieces = ["plain ascii words ", "caf\xe9 na\xefve ", "\u65e5\u672c\u8a9e ", "\U0001f600\U00010348 ", "\u20ac\u0416 "]
    out = []
    x = 7
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(pieces[x % 5])
    return "".join(out)


def main():
    text = make_text(20000)
    total = 0
    for rounds in range(6):
        for enc in ("utf-16", "utf-16-le", "utf-16-be", "utf-32"):
            data = text.encode(enc)
            back = data.decode(enc)
            total += len(data) + (back == text)
    dec = codecs.getincrementaldecoder("utf-16")()
    data = text.encode("utf-16")
    parts = [dec.decode(data[i:i + 4096]) for i in range(0, len(data), 4096)]
    total += len("".join(parts))
    latin = "".join(ch for ch in text if ord(ch) < 256)
    for rounds in range(10):
        total += len(latin.encode("cp1252").decode("cp1252"))
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
