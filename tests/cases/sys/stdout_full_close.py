# stdout is /dev/full and the program closes it: close() raises, the stream
# is closed anyway, and nothing is left to fail at exit.
# driver: stdout-full
import sys

print("text")
try:
    sys.stdout.close()
except OSError as e:
    sys.stderr.write("close: %s\n" % e)
sys.stderr.write("closed: %s\n" % sys.stdout.closed)
