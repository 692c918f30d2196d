# cwd: tmp
# open() takes str, bytes and os.PathLike paths.
class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


with open(P("via_pathlike"), "w") as f:
    f.write("pathlike")
    print(f.name)
with open(b"via_pathlike") as f:
    print(f.read(), f.name)
with open(P(b"via_pathlike"), "rb") as f:
    print(f.read(), f.name)


class Bad:
    def __fspath__(self):
        return 5


for arg in (Bad(), P(None), object()):
    try:
        open(arg)
    except TypeError as e:
        print(e)
