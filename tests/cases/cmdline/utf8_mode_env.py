# PYTHONUTF8=1: the UTF-8 mode, with its error handler.
# env: PYTHONUTF8=1
import sys

print(sys.flags.utf8_mode, sys.stdout.encoding, sys.stdout.errors)
print("\udcff")
