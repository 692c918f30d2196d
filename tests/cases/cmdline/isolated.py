# -I implies -E, -P and -s: the environment is ignored.
# options: -I
# env: PYTHONWARNINGS=error PYTHONSAFEPATH=1 PYTHONUTF8=1 PYTHONOPTIMIZE=2 PYTHONINTMAXSTRDIGITS=800
import sys

print(sys.argv)
print(sys.orig_argv[1:])
print(sys.flags)
print(sys.warnoptions)
print(sys._xoptions)
print(sys.dont_write_bytecode)
