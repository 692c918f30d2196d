# PYTHONHASHSEED=random keeps it on.
# env: PYTHONHASHSEED=random
import sys

print(sys.argv)
print(sys.orig_argv[1:])
print(sys.flags)
print(sys.warnoptions)
print(sys._xoptions)
print(sys.dont_write_bytecode)
