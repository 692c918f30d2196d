# PYTHONOPTIMIZE as a level: the larger of it and the -O count.
# options: -O
# env: PYTHONOPTIMIZE=2
import sys

print(sys.argv)
print(sys.orig_argv[1:])
print(sys.flags)
print(sys.warnoptions)
print(sys._xoptions)
print(sys.dont_write_bytecode)
