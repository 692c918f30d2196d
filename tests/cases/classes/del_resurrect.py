saved = []
class Phoenix:
    def __init__(self, n): self.n = n
    def __del__(self):
        print("del", self.n)
        if self.n == 1:
            saved.append(self)
p = Phoenix(1)
del p
print("saved", len(saved), saved[0].n)
x = saved.pop()
print("popped")
del x
print("after second del")
class Err:
    def __del__(self):
        raise ValueError("in del")
e = Err()
del e
print("after error in del")
class Inherits(Phoenix):
    def __del__(self):
        print("Inherits.__del__")
        super().__del__()
i = Inherits(2)
del i
print("done")
