# print(file=sys.stderr) and sys.stdout.write interleave per stream.
import sys
print("to stdout")
print("to stderr", file=sys.stderr)
sys.stdout.write("written\n")
n = sys.stderr.write("err written\n")
print(n)
print("a", "b", sep="-", file=sys.stderr)
