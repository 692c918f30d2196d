# sys.exit with a message: the message, then the handlers; the status stays.
import atexit
import sys

atexit.register(print, "handler runs", file=sys.stderr)
atexit.register(print, "handler on stdout")
print("before")
sys.exit("bye")
