# -E: PYTHON* variables are ignored, an invalid PYTHONHASHSEED too.
# options: -E
# env: PYTHONWARNINGS=error PYTHONSAFEPATH=1 PYTHONUTF8=1 PYTHONOPTIMIZE=2 PYTHONHASHSEED=abc PYTHONDONTWRITEBYTECODE=1
import sys

print(sys.argv)
print(sys.orig_argv[1:])
print(sys.flags)
print(sys.warnoptions)
print(sys._xoptions)
print(sys.dont_write_bytecode)
