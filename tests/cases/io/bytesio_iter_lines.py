# BytesIO line iteration with various line shapes.
import io

for data in (b"", b"\n", b"a", b"a\n", b"\n\n", b"a\r\nb\rc\n", b"no newline at all", b"x\n" * 5):
    print(repr(data), list(io.BytesIO(data)), io.BytesIO(data).readlines())
