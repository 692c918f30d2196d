class Tx:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("begin", self.name)
        return self
    def __exit__(self, et, ev, tb):
        if et is None:
            print("commit", self.name)
        else:
            print("rollback", self.name, et.__name__, ev)
        return et is ValueError
with Tx("one"):
    print("work")
with Tx("two"):
    raise ValueError("bad value")
print("continued")
try:
    with Tx("three") as t, Tx("nested"):
        raise KeyError("missing")
except KeyError as e:
    print("propagated", e)
class NotCM:
    pass
try:
    with NotCM():
        pass
except TypeError as e:
    print(e)
