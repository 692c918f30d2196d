# The interpreter claims to be Python 3.14.
import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor >= 14)
print(sys.maxsize, sys.byteorder, sys.getrecursionlimit() > 100)
