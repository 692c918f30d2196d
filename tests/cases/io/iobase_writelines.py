# writelines on each kind of stream, with iterables of every sort.
import io

b = io.BytesIO()
b.writelines(iter([b"a", b"b"]))
b.writelines((bytearray(b"c"),))
b.writelines(x for x in [b"d"])
print(b.getvalue())
s = io.StringIO()
s.writelines(["x", "y"])
s.writelines({"z": 1})
print(s.getvalue())
t = io.TextIOWrapper(io.BytesIO())
t.writelines(["1\n", "2\n"])
t.flush()
print(t.buffer.getvalue())
for target, bad in ((io.BytesIO(), ["text"]), (io.StringIO(), [b"bytes"]), (io.StringIO(), 5)):
    try:
        target.writelines(bad)
    except TypeError as e:
        print(type(target).__name__, e)
