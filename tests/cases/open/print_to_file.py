# cwd: tmp
# print(..., file=f) writes through the file's text layer.
with open("out", "w") as f:
    print("hello", 42, file=f)
    print("a", "b", sep="-", end="!\n", file=f)
    print(file=f)
    print("flushed", file=f, flush=True)
with open("out") as f:
    print(repr(f.read()))
try:
    with open("out", "rb") as f:
        print("text", file=f)
except TypeError as e:
    print(e)
