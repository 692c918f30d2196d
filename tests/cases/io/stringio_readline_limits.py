# StringIO.readline with limits, and readlines with hints.
import io

text = "first line\nsecond\n\nlast"
for limit in (-1, 0, 1, 5, 10, 11, 100):
    s = io.StringIO(text)
    print(limit, [s.readline(limit) for _ in range(4)])
for hint in (-1, 0, 1, 10, 11, 12, 100):
    print(hint, io.StringIO(text).readlines(hint))
