# A program that catches BrokenPipeError: what it writes to stderr still
# arrives, and the data left in stdout's buffer fails again at exit.
# driver: close-stdout 50
import sys

try:
    for i in range(300000):
        print("line", i)
except BrokenPipeError as e:
    sys.stderr.write("caught %r %s %s\n" % (e, e.errno, e.strerror))
    sys.stderr.write("%s\n" % (type(e).__mro__,))
    sys.exit(3)
