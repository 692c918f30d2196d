# stdout is /dev/full and the program prints a lot: which print() calls
# fail, and how much each failure loses, follow CPython's buffers (an 8 KiB
# text chunk over a 128 KiB byte buffer).
# driver: stdout-full
import sys

fails = []
for i in range(40000):
    try:
        print("abcdefghi")
    except OSError as e:
        fails.append(i)
sys.stderr.write("%d failures, first %s, last %s\n" % (len(fails), fails[:5], fails[-3:]))
big = "x" * 300000
try:
    sys.stdout.write(big)
except OSError as e:
    sys.stderr.write("big write: %s\n" % e)
