# The PYTHON* variables that set sys.flags.
# env: PYTHONOPTIMIZE=1 PYTHONDONTWRITEBYTECODE=1 PYTHONNOUSERSITE=1 PYTHONSAFEPATH=1 PYTHONUTF8=1 PYTHONINTMAXSTRDIGITS=800 PYTHONUNBUFFERED=1 PYTHONWARNDEFAULTENCODING=1
import sys

print(sys.argv)
print(sys.orig_argv[1:])
print(sys.flags)
print(sys.warnoptions)
print(sys._xoptions)
print(sys.dont_write_bytecode)
