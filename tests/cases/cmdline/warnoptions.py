# -W options in order, attached or apart, after PYTHONWARNINGS's.
# options: -W ignore::DeprecationWarning -Wdefault -W error::UserWarning
# env: PYTHONWARNINGS=ignore,,default::ImportWarning
import sys

print(sys.argv)
print(sys.orig_argv[1:])
print(sys.flags)
print(sys.warnoptions)
print(sys._xoptions)
print(sys.dont_write_bytecode)
