# env: PYTHONWARNDEFAULTENCODING=1
# cwd: tmp
# PYTHONWARNDEFAULTENCODING is -X warn_default_encoding.
import sys

print(sys.flags.warn_default_encoding)
with open("x.txt", "w") as f:
    f.write("x")
