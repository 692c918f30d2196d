# PYTHONOPTIMIZE that is not a number counts as 1.
# env: PYTHONOPTIMIZE=yes
import sys

print(sys.argv)
print(sys.orig_argv[1:])
print(sys.flags)
print(sys.warnoptions)
print(sys._xoptions)
print(sys.dont_write_bytecode)
