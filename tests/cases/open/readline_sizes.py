# cwd: tmp
# readline(size) on text and binary files.
with open("f", "w") as f:
    f.write("abcdef\nxyz\n")
for mode in ("r", "rb"):
    with open("f", mode) as f:
        print(mode, [f.readline(n) for n in (2, 3, 0, 10, -1, 5)])
