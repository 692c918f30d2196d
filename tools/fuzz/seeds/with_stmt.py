class Res:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.swallow


with Res("a") as a, Res("b") as b:
    print(a.name + b.name)

with Res("c", swallow=True):
    raise RuntimeError("gone")

try:
    with Res("d"):
        raise KeyError("kept")
except KeyError as e:
    print("outside", e)


def gen_with():
    with Res("g"):
        yield 1
        yield 2


print(list(gen_with()))
