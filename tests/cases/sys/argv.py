# args: first "second arg" --flag=3 -x ünïcode
# sys.argv holds the .pyc path and the arguments after it.
import sys
print(len(sys.argv))
print(sys.argv[0].endswith("argv.pyc"), sys.argv[0])
for i, a in enumerate(sys.argv[1:], 1):
    print(i, repr(a))
print(type(sys.argv).__name__)
