class D:
    def __init__(self, name): self.name = name
    def __del__(self):
        print("del", self.name)
def g():
    y = D("in-g")
    raise ValueError("boom")
try:
    g()
except ValueError:
    print("caught")
print("after try")
