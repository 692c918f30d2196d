# BytesIO growing large through many writes, then read in pieces.
import io

b = io.BytesIO()
for i in range(5000):
    b.write(b"%d," % i)
v = b.getvalue()
print(len(v), v[:20], v[-20:], b.tell())
b.seek(0)
pieces = []
while True:
    p = b.read(4096)
    if not p:
        break
    pieces.append(len(p))
print(len(pieces), pieces[-1], sum(pieces) == len(v))
