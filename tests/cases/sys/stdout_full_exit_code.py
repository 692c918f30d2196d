# stdout is /dev/full and the program exits with a code of its own: the
# failed flush at exit still makes the status 120.
# driver: stdout-full
import sys

print("hello")
sys.exit(3)
