# codecs workload: the CJK multibyte codecs (gbk, big5, shift_jis, euc_kr,
# euc_jp, cp949 and the stateful iso2022_jp) encoding and decoding mixed
# text, with an error handler on characters a codec lacks and the
# incremental decoder in odd-sized chunks.
import codecs
import time

PIECES = ["plain ascii ", "\u4e2d\u6587\u7de8\u78bc ", "\u65e5\u672c\u8a9e\u30ab\u30ca ", "\ud55c\uad6d\uc5b4 ",
          "\u6e2c\u8a66 "]


def make_text(n):
    out = []
    x = 11
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(PIECES[x % 5])
    return "".join(out)


def main():
    text = make_text(20000)
    total = 0
    for rounds in range(3):
        for enc in ("gbk", "big5", "shift_jis", "euc_kr", "euc_jp", "cp949", "iso2022_jp"):
            data = text.encode(enc, "xmlcharrefreplace")
            back = data.decode(enc)
            total += len(data) + len(back)
    data = text.encode("gbk", "replace")
    dec = codecs.getincrementaldecoder("gbk")()
    parts = [dec.decode(data[i:i + 777]) for i in range(0, len(data), 777)]
    total += len("".join(parts)) + ("".join(parts) == data.decode("gbk"))
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
