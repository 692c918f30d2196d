# cwd: tmp
# inplace: standard output goes to the file being read; backups kept or removed.
import fileinput
import os
import sys

for name in ("a.txt", "b.txt"):
    with open(name, "w") as f:
        f.write(f"{name} line 1\n{name} line 2\n")
os.chmod("a.txt", 0o640)

for line in fileinput.input(["a.txt", "b.txt"], inplace=True, encoding="utf-8"):
    print(fileinput.filelineno(), line.upper(), end="")
print("stdout is back:", sys.stdout is sys.__stdout__)
for name in ("a.txt", "b.txt"):
    print(repr(open(name).read()))
print(sorted(os.listdir(".")), oct(os.stat("a.txt").st_mode & 0o777))

# a backup extension keeps the original
with fileinput.input("a.txt", inplace=True, backup=".orig", encoding="utf-8") as f:
    for line in f:
        if "2" in line:
            print(line, end="")
print(sorted(os.listdir(".")))
print(repr(open("a.txt").read()), repr(open("a.txt.orig").read()))

# binary in place
with fileinput.input("b.txt", inplace=True, mode="rb") as f:
    for line in f:
        sys.stdout.write(line[::-1].strip() + b"\n")
print(repr(open("b.txt").read()), sorted(os.listdir(".")))

# nextfile in the middle: what was not read is lost
with fileinput.input("b.txt", inplace=True, encoding="utf-8") as f:
    for line in f:
        print("only this")
        f.nextfile()
print(repr(open("b.txt").read()))

# a missing file: the error, with stdout as it was
try:
    for line in fileinput.input("missing", inplace=True, encoding="utf-8"):
        pass
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
fileinput.close()
print(sys.stdout is sys.__stdout__)
