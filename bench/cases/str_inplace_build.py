# Building long strings with s += t and s = s + t inside a function: one
# character, short words, formatted pieces, and a non-Latin-1 text.
import time


N = 400000


def main():
    s = ""
    for i in range(N):
        s += chr(97 + i % 26)
    total = len(s) + s.count("q")
    line = ""
    for i in range(N // 4):
        line += "w" + str(i % 100) + " "
    total += len(line) + line.count("w7 ")
    report = ""
    for i in range(N // 8):
        report = report + f"{i:05d};"
    total += len(report) + report.rfind("00042;")
    wide = "\u20ac"
    for i in range(N // 4):
        wide += "\u03b1\u03b2" if i % 2 else "x"
    total += len(wide) + wide.count("\u03b2")
    return total


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
