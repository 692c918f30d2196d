# With no arguments sys.argv has just the script path.
import sys
print(sys.argv[1:], len(sys.argv), sys.argv[0])
