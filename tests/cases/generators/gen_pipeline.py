def read(lines):
    for line in lines:
        print("read", line)
        yield line
def parse(lines):
    for line in lines:
        k, _, v = line.partition("=")
        yield k.strip(), int(v)
def keep(pairs, minimum):
    for k, v in pairs:
        if v >= minimum:
            yield k, v
src = ["a = 1", "b = 5", "c = 3", "d = 9"]
pipe = keep(parse(read(src)), 3)
print("built")
print(next(pipe))
print(dict(pipe))
