# cwd: tmp
# Appending and updating files through open().
with open("log", "w") as f:
    f.write("first\n")
with open("log", "a") as f:
    print(f.tell())
    f.write("second\n")
with open("log", "a+") as f:
    print(f.tell(), repr(f.read()))
    f.seek(0)
    print(repr(f.read()))
    f.write("third\n")
with open("log") as f:
    print(f.read().splitlines())
with open("log", "r+") as f:
    print(f.readline(), end="")
    f.seek(0)
    f.write("FIRST")
    f.seek(0, 2)
    f.write("end\n")
with open("log") as f:
    print(f.read().splitlines())
with open("log", "w+") as f:
    print(repr(f.read()))
    f.write("replaced")
    f.seek(0)
    print(f.read())
with open("log", "rb+") as f:
    f.seek(2)
    f.write(b"__")
    f.seek(0)
    print(f.read())
    print(f.truncate(3), f.tell())
with open("log") as f:
    print(f.read())
