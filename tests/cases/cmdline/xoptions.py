# -X options land in sys._xoptions; the first utf8 and int_max_str_digits count.
# options: -X utf8 -Xa=b -X int_max_str_digits=1000 -X utf8=0 -X int_max_str_digits=2000 -X a=c
import sys

print(sys.argv)
print(sys.orig_argv[1:])
print(sys.flags)
print(sys.warnoptions)
print(sys._xoptions)
print(sys.dont_write_bytecode)
