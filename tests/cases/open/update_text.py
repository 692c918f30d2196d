# cwd: tmp
# Text files opened for update: reads and writes interleaved.
with open("f", "w+") as f:
    f.write("alpha\nbeta\ngamma\n")
    f.seek(0)
    print(repr(f.readline()))
    pos = f.tell()
    f.seek(pos)
    f.write("BETA")
    f.seek(0)
    print(f.read().splitlines())
    f.seek(0, 2)
    f.write("delta\n")
    f.seek(0)
    print(len(f.readlines()), f.tell())
with open("f", "r+") as f:
    print(f.read(3))
    f.seek(f.tell())
    f.write("_")
with open("f") as f:
    print(f.readline(), end="")
with open("f", "a+") as f:
    f.write("epsilon\n")
    f.seek(0)
    print(f.read().split())
