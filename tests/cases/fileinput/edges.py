# cwd: tmp
# Small edges: the end of a binary input, what FileInput accepts as files, hooks.
import fileinput

with open("u", "w") as f:
    f.write("a\nb\n")
f = fileinput.FileInput("u", mode="rb")
print(list(f), repr(f.readline()), repr(f.readline()))
f = fileinput.FileInput("u")
print(list(f), repr(f.readline()))
print(fileinput.FileInput([])._files, fileinput.FileInput(())._files, fileinput.FileInput(["u"])._files)


def hook(*args, **kwargs):
    print("hook", args, sorted(kwargs.items()))
    return open(args[0], args[1])


print(list(fileinput.FileInput("u", openhook=hook, errors="strict")))
print(list(fileinput.FileInput("u", openhook=hook, encoding="utf-8")))
with fileinput.FileInput(["u", "u"]) as f:
    for line in f:
        if f.isfirstline():
            print("first of", f.filename(), f.lineno())
print(f.lineno(), f.filelineno(), f.filename(), f.isfirstline())
