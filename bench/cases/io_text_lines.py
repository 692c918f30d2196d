# Text files line by line: write lines through open(..., "w"), read them back
# with iteration and readline, and build a string with io.StringIO.
import io
import time

N = 120000
# One fixed scratch file (os.remove is not used: the file is simply rewritten
# by every run).
PATH = "/tmp/cipy_bench_io_text_lines.txt"


def main():
    with open(PATH, "w", encoding="utf-8") as f:
        for i in range(N):
            f.write("line %d of the file, with some text: héllo\n" % i)
    total = 0
    count = 0
    with open(PATH, encoding="utf-8") as f:
        for line in f:
            total += len(line)
            count += 1
    with open(PATH, encoding="utf-8") as f:
        while True:
            line = f.readline()
            if not line:
                break
            total += line.count("1")
    buf = io.StringIO()
    for i in range(N):
        buf.write("item ")
        buf.write(str(i))
        buf.write("\n")
    text = buf.getvalue()
    return (total + count + len(text)) % 1000000007


t0 = time.perf_counter()
result = main()
t1 = time.perf_counter()
print("CHECKSUM:", result)
print("TIME_MS: %.3f" % ((t1 - t0) * 1000.0))
