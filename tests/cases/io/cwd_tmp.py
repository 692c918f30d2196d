# cwd: tmp
# The case runs in a fresh empty directory of its own.
import sys
print(sys.argv[0].endswith("cwd_tmp.pyc"))
