# cwd: tmp
# truncate() on text and binary files.
with open("f", "w+") as f:
    f.write("0123456789")
    print(f.truncate(4), f.tell())
    f.seek(0)
    print(f.read())
    f.seek(2)
    print(f.truncate(), f.tell())
    f.seek(0)
    print(repr(f.read()))
with open("f", "rb+") as f:
    print(f.truncate(10), f.read(), f.tell())
    f.seek(0)
    print(f.read())
with open("f", "ab") as f:
    print(f.truncate(1))
with open("f", "rb") as f:
    print(f.read())
