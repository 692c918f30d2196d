# IncrementalNewlineDecoder: state across many small inputs.
import io

for translate in (True, False):
    d = io.IncrementalNewlineDecoder(None, translate)
    out = []
    for piece in ("a\r", "\n", "b\r", "\r", "c\n\r", "", "\n"):
        out.append(d.decode(piece))
        out.append(d.getstate()[1])
    out.append(d.decode("", final=True))
    print(translate, out, d.newlines)
d = io.IncrementalNewlineDecoder(None, True)
print(d.decode("x\r", final=True), d.getstate())
try:
    d.setstate((b"", "x"))
except TypeError as e:
    print(type(e).__name__)
