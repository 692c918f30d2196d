# cwd: tmp
# Reading empty files in every way.
open("e", "w").close()
with open("e") as f:
    print(repr(f.read()), repr(f.readline()), f.readlines(), list(f), f.tell(), repr(f.read(5)))
with open("e", "rb") as f:
    print(f.read(), f.readline(), f.readlines(), f.peek(), f.read1(), f.tell())
with open("e", "rb", buffering=0) as f:
    print(f.read(), f.readall(), f.read(3))
