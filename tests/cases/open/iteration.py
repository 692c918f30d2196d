# cwd: tmp
# Files as iterators and context managers.
with open("lines", "w") as f:
    f.writelines(["a\n", "b\n", "c"])
    print(f.closed)
print(f.closed)
with open("lines") as f:
    for i, line in enumerate(f):
        print(i, repr(line))
    print(repr(f.readline()), f.tell())
with open("lines", "rb") as f:
    print(list(f), list(f))
with open("lines") as f:
    print(next(f), f.readline(), list(f))
with open("lines") as f:
    print(f.readlines(2), f.readlines())
try:
    with open("lines") as f:
        raise KeyError("inside")
except KeyError:
    print("closed after error:", f.closed)
f = open("lines")
f.close()
try:
    next(f)
except ValueError as e:
    print(e)
try:
    with f:
        pass
except ValueError as e:
    print(e)
