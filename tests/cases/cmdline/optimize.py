# -O twice, -B, -s, -S, -q: each shows in sys.flags.
# options: -O -O -B -s -S -q
import sys

print(sys.argv)
print(sys.orig_argv[1:])
print(sys.flags)
print(sys.warnoptions)
print(sys._xoptions)
print(sys.dont_write_bytecode)
