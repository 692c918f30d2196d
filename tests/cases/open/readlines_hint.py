# cwd: tmp
# readlines(hint) stops once the lines read pass the hint, in text and
# binary mode.
with open("f", "w") as f:
    f.write("aa\nbb\ncc\ndd\n")
for mode in ("r", "rb"):
    for hint in (-1, 0, 1, 2, 3, 5, 6, 7, 100):
        with open("f", mode) as f:
            print(mode, hint, f.readlines(hint))
