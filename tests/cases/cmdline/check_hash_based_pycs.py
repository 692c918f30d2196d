# --check-hash-based-pycs takes always, default or never.
# options: --check-hash-based-pycs never -O
import sys

print(sys.orig_argv[1:3], sys.flags.optimize)
