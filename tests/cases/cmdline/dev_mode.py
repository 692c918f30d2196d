# -X dev: sys.flags.dev_mode and the 'default' warning filter first.
# options: -X dev -W ignore::UserWarning
import sys

print(sys.argv)
print(sys.orig_argv[1:])
print(sys.flags)
print(sys.warnoptions)
print(sys._xoptions)
print(sys.dont_write_bytecode)
