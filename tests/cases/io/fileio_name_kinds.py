# cwd: tmp
# FileIO.name is what was given: str, bytes, or a descriptor number.
import io


class P:
    def __fspath__(self):
        return "pl"


for name in ("s", b"b", P()):
    with io.FileIO(name, "w") as f:
        print(type(f.name).__name__, f.name if not isinstance(f.name, P) else "P", repr(f)[:30])
with io.FileIO("s") as f:
    with io.FileIO(f.fileno(), closefd=False) as g:
        print(type(g.name).__name__, g.name == f.fileno())
