# TextIOWrapper.read(n) for many n, with translated newlines.
import io

data = "line one\r\nline two\rline three\n".encode()
for n in (0, 1, 3, 9, 10, 30, 100):
    w = io.TextIOWrapper(io.BytesIO(data))
    parts = []
    while True:
        p = w.read(n) if n else w.read(0) or w.read(1)
        if not p:
            break
        parts.append(p)
    print(n, parts[:4], len(parts))
