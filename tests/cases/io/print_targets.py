# print() into the io classes.
import io

s = io.StringIO()
print("to", "stringio", sep="_", end="!", file=s)
print(repr(s.getvalue()))
t = io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="replace")
print("naïve", file=t)
t.flush()
print(t.buffer.getvalue())
try:
    print("x", file=io.BytesIO())
except TypeError as e:
    print(e)
closed = io.StringIO()
closed.close()
try:
    print("x", file=closed)
except ValueError as e:
    print(e)
