class Bad:
    def __init__(self, n): self.n = n
    def __del__(self):
        print("del", self.n)
        raise RuntimeError(f"problem {self.n}")
b = Bad(1)
del b
print("continuing")
def f():
    Bad(2)
    return "f done"
print(f())
try:
    x = Bad(3)
    del x
    raise ValueError("outer")
except ValueError as e:
    print("caught", e)
print("end")
