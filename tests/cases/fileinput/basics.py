# cwd: tmp
# Iterating over several files: names, line numbers, first lines, nextfile.
import fileinput

for name, text in (("one", "a\nb\nc\n"), ("two", ""), ("three", "x\ny"), ("four", "last\n")):
    with open(name, "w") as f:
        f.write(text)

for line in fileinput.input(["one", "two", "three", "four"], encoding="utf-8"):
    print(repr(line), fileinput.filename(), fileinput.lineno(), fileinput.filelineno(),
          fileinput.isfirstline(), fileinput.isstdin(), fileinput.fileno() > 2)
print(fileinput.filename(), fileinput.lineno(), fileinput.filelineno(), fileinput.fileno())
fileinput.close()

# nextfile skips the rest of a file, and its lines do not count
with fileinput.input(("one", "three", "four"), encoding="utf-8") as f:
    print(f.filename(), f.lineno(), f.filelineno(), f.fileno(), f.isfirstline())
    f.nextfile()               # before the first line: nothing happens
    for line in f:
        print(repr(line), f.filename(), f.lineno(), f.filelineno())
        if line == "a\n" or line == "x\n":
            f.nextfile()
            print("after nextfile:", f.filename(), f.lineno(), f.filelineno(), f.fileno())
print(f.lineno(), f.filename())

# a single name, a path object, and readline
f = fileinput.FileInput("one", encoding="utf-8")
print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
f.close()
class Path:
    def __init__(self, path):
        self.path = path

    def __fspath__(self):
        return self.path


import os
print(isinstance(Path("x"), os.PathLike))
f = fileinput.FileInput(Path("three"), encoding="utf-8")
print(list(f), f.filename())
print(fileinput.FileInput[int], fileinput.__all__)
