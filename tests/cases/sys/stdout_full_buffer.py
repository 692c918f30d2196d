# stdout is /dev/full: writes to sys.stdout.buffer fill the byte buffer
# and fail once it is full; every later write fails too.
# driver: stdout-full
import sys

b = sys.stdout.buffer
fails = []
for i in range(14000):
    try:
        b.write(b"abcdefghi\n")
    except OSError as e:
        fails.append(i)
sys.stderr.write("%d failures, first %s\n" % (len(fails), fails[:3]))
