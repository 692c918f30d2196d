# stdout is /dev/full: a little output fails only at the flush at exit,
# which reports it and makes the exit status 120.
# driver: stdout-full
import sys

print("hello")
sys.stderr.write("written to stderr\n")
