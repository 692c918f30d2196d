# cwd: tmp
# seek() and tell() on text files opened by open().
with open("f", "w", encoding="utf-8") as f:
    print(f.tell())
    f.write("première ligne\n")
    print(f.tell())
    f.write("zweite Zeile\n")
    print(f.tell())
    f.write("€€€\n")
    print(f.tell(), f.seek(0, 1))
with open("f", encoding="utf-8") as f:
    marks = []
    while True:
        pos = f.tell()
        line = f.readline()
        if not line:
            break
        marks.append((pos, line))
    print(marks, f.tell())
    for pos, line in reversed(marks):
        f.seek(pos)
        print(pos, f.readline() == line)
    print(f.seek(0, 2), f.read(), f.seek(3), repr(f.read(4)))
    f.seek(0)
    print(repr(f.read(9)), f.tell())
with open("f", "r+", encoding="utf-8") as f:
    f.seek(0, 2)
    f.write("appended")
    f.seek(0)
    print(f.read().splitlines())
