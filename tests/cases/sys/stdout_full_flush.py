# stdout is /dev/full: an explicit flush() raises OSError (ENOSPC), which
# the program can catch; the data stays buffered and fails again at exit.
# driver: stdout-full
import sys

print("some text")
try:
    sys.stdout.flush()
except OSError as e:
    sys.stderr.write("flush: %r %s %s %s\n" % (e, type(e).__name__, e.errno, e.strerror))
sys.stderr.write("still running\n")
sys.stdout.flush()
