# cwd: tmp
# open() in every mode: the object it returns and what it can do.
for m in ("w", "r", "rb", "wb", "r+", "w+", "a", "a+", "ab", "rb+", "r+b", "x", "xb", "rt", "wt", "r+t",
          "br", "tr", "at", "x+", "ab+"):
    name = "new" + m.replace("+", "p") if "x" in m else "f"
    f = open(name, m)
    print(m, f.mode, type(f).__name__, f.readable(), f.writable(), f.seekable(), f)
    print(" ", getattr(f, "buffer", None), f.name, f.closed)
    f.close()
    print(" ", f.closed)
try:
    open("newx", "x")
except FileExistsError as e:
    print(e)
