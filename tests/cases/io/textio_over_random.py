# A TextIOWrapper over a BufferedRandom over a BytesIO: every layer in
# memory, reading, writing and seeking.
import io

t = io.TextIOWrapper(io.BufferedRandom(io.BytesIO()), encoding="utf-8", newline="")
t.write("first line\r\nsecond é line\nthird\r")
t.seek(0)
marks = []
while True:
    pos = t.tell()
    line = t.readline()
    if not line:
        break
    marks.append((pos, line))
print(marks)
t.seek(marks[1][0])
t.write("SECOND")
t.seek(0)
print(repr(t.read()))
t.flush()
print(t.buffer.raw.getvalue())
