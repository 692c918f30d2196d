# Short options combined in one argument, and -OO.
# options: -OOBsq -Sb
import sys

print(sys.argv)
print(sys.orig_argv[1:])
print(sys.flags)
print(sys.warnoptions)
print(sys._xoptions)
print(sys.dont_write_bytecode)
