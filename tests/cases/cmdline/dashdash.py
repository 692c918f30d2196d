# -- ends the options; what follows the script is the program's.
# options: -u --
# args: -u -- -E x
import sys

print(sys.argv)
print(sys.orig_argv[1:])
print(sys.flags)
print(sys.warnoptions)
print(sys._xoptions)
print(sys.dont_write_bytecode)
