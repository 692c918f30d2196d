# print() finds sys.stdout.write through attribute lookup, as CPython does:
# a write set on the instance (or on a subclass) is what gets called.
import io
import sys

calls = []
sys.stdout.write = lambda s: calls.append(s) or len(s)
print("hidden", 1, 2)
del sys.stdout.write
print("visible again", calls)


class Upper(io.TextIOWrapper):
    def write(self, s):
        return super().write(s.upper())


sys.stdout.flush()
out = Upper(sys.stdout.buffer, encoding="utf-8", line_buffering=True)
print("through a subclass", file=out)
out.detach()
print(sys.stdout.write("plain\n"))
