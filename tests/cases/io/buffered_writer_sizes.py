# BufferedWriter over BytesIO: when writes reach the raw stream.
import io

for size in (1, 3, 10):
    raw = io.BytesIO()
    w = io.BufferedWriter(raw, size)
    seen = []
    for piece in (b"ab", b"c", b"defg", b"", b"hijklmnop"):
        w.write(piece)
        seen.append(raw.getvalue())
    w.flush()
    seen.append(raw.getvalue())
    print(size, seen[-1], len(seen[0]) <= 2)
