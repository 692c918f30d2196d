# stdout printed before an uncaught exception is flushed; the traceback goes to stderr.
import sys
for i in range(3):
    print("line", i)
print("on stderr", file=sys.stderr)
values = {"a": [1, 2]}
print(values["a"][5])
