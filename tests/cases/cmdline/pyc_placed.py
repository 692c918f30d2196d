# {pyc} in the options places the script among them: what follows is the program's.
# options: -B {pyc} -u -X utf8
import sys

print(sys.argv[1:], sys.flags.dont_write_bytecode, sys.flags.utf8_mode, sys._xoptions)
